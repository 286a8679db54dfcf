// Makes one request per way out of a Node process (fetch, https.get, http.request, and `import
// { request } from 'node:https'`) to the URL given in argv, printing each status and body as JSON.
import http from 'node:http';
import https, { request as httpsRequest } from 'node:https';

const [url] = process.argv.slice(2);
const viaFetch = async () => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};
const viaNode = (send) =>
  new Promise((resolve, reject) => {
    const request = send((response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
  });
const isHttps = url.startsWith('https:');
const answers = {
  fetch: await viaFetch(),
  get: await viaNode((done) => (isHttps ? https : http).get(url, done)),
  request: await viaNode((done) => (isHttps ? https : http).request(new URL(url), { method: 'GET' }, done).end()),
  esmRequest: isHttps ? await viaNode((done) => httpsRequest(url, done).end()) : null,
};
process.stdout.write(`${JSON.stringify(answers)}\n`);
