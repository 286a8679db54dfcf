export { StartedWeChatOAuthMockContainer } from './started-wechat-oauth-mock-container.js';
export { DEFAULT_IMAGE, WeChatOAuthMockContainer } from './wechat-oauth-mock-container.js';
