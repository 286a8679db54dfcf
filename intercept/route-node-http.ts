import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { urlToHttpOptions } from 'node:url';
import { isWeChatHost } from '../contract/wechat-hosts.js';
import type { MockTarget } from './mock-target.js';

type Request = typeof http.request;
type Callback = (response: http.IncomingMessage) => void;

/**
 * Routes `http.request`/`get` and `https.request`/`get` to the mock when they address one of WeChat's
 * hosts; every other request goes out untouched. The ESM bindings of node:http and node:https are
 * synced, so `import { request } from 'node:https'` is routed too.
 */
export function routeNodeHttp(target: MockTarget): void {
  const originals = { 'http:': http.request, 'https:': https.request } as const;
  const routed = (protocol: 'http:' | 'https:') => routingRequest(originals, protocol, target);
  http.request = routed('http:');
  https.request = routed('https:');
  http.get = getVia(http.request);
  https.get = getVia(https.request);
  syncBuiltinESMExports();
}

function routingRequest(
  originals: Readonly<Record<'http:' | 'https:', Request>>,
  protocol: 'http:' | 'https:',
  target: MockTarget,
): Request {
  return ((...args: unknown[]) => {
    const { options, callback } = requestOptions(args);
    const hostname = options.hostname ?? options.host?.replace(/:\d+$/, '');
    if (!isWeChatHost(hostname)) return (originals[protocol] as (...a: unknown[]) => http.ClientRequest)(...args);
    const sameProtocol = (options.protocol ?? protocol) === target.protocol;
    const rerouted: https.RequestOptions = {
      ...options,
      protocol: target.protocol,
      hostname: target.hostname,
      host: target.hostname,
      port: target.port,
      path: target.basePath + (options.path ?? '/'),
      // An agent speaks one protocol: when the mock's differs from the request's, use the mock's default.
      ...(sameProtocol || options.agent === false ? {} : { agent: undefined }),
    };
    return callback === undefined
      ? originals[target.protocol](rerouted)
      : originals[target.protocol](rerouted, callback);
  }) as Request;
}

/** The two call shapes of `request`: (url, [options], [callback]) or (options, [callback]). */
function requestOptions(args: unknown[]): { options: https.RequestOptions; callback: Callback | undefined } {
  const [first, second, third] = args;
  if (typeof first === 'string' || first instanceof URL) {
    const fromUrl = urlToHttpOptions(new URL(first)) as https.RequestOptions;
    if (typeof second === 'function') return { options: fromUrl, callback: second as Callback };
    return { options: { ...fromUrl, ...(second as https.RequestOptions) }, callback: third as Callback | undefined };
  }
  return { options: (first ?? {}) as https.RequestOptions, callback: second as Callback | undefined };
}

/** `get` is `request` plus `end()`, as in Node. */
function getVia(request: Request): typeof http.get {
  return ((...args: unknown[]) => {
    const sent = (request as (...a: unknown[]) => http.ClientRequest)(...args);
    sent.end();
    return sent;
  }) as typeof http.get;
}
