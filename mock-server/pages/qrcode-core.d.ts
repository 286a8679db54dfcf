/** The qrcode package's encoder module, which @types/qrcode describes only as part of the package's main module. */
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
