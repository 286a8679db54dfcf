/** Whether a host name or address (IPv6 with or without brackets) is this machine's loopback. */
export const isLoopback = (host: string): boolean => /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i.test(host);
