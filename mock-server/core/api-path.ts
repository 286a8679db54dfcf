/** The families of paths of WeChat's API host, api.weixin.qq.com: /sns, /cgi-bin and /wxa (reference §9, ML§5). */
const API_PATH = /^\/(sns|cgi-bin|wxa)\//;

/** Whether a path is one of the API host's (known or not: an unknown one answers 40066). */
export const isApiPath = (path: string): boolean => API_PATH.test(path);
