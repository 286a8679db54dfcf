/**
 * `node --import wechat-oauth-mock/intercept app.js`: every request the application makes to WeChat's
 * login hosts (through node:http, node:https or fetch) goes to the mock named by WECHAT_MOCK_URL, path
 * and query kept; all other traffic is left alone (docs/decisions/0012).
 */
import { readMockTarget } from './mock-target.js';
import { routeFetch } from './route-fetch.js';
import { routeNodeHttp } from './route-node-http.js';

const target = readMockTarget(process.env);
routeNodeHttp(target);
routeFetch(target);
