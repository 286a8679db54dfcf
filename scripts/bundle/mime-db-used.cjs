// The MIME types the mock's CLI can meet, in mime-db's shape. The CLI bundle uses this instead of the
// full mime-db (663 KB of JavaScript that Koa loads at start only to look up extensions the mock never
// asks for): see docs/decisions/0005-cold-start-budget.md. The library build keeps the real mime-db.
module.exports = {
  'application/json': { charset: 'UTF-8', compressible: true, extensions: ['json', 'map'] },
  'application/octet-stream': { compressible: false, extensions: ['bin'] },
  'application/x-www-form-urlencoded': { compressible: true },
  'multipart/form-data': { compressible: false },
  'text/plain': { compressible: true, extensions: ['txt', 'text'] },
  'text/html': { compressible: true, extensions: ['html', 'htm'] },
  'text/css': { charset: 'UTF-8', compressible: true, extensions: ['css'] },
  'text/javascript': { charset: 'UTF-8', compressible: true, extensions: ['js', 'mjs'] },
  'image/png': { compressible: false, extensions: ['png'] },
  'image/jpeg': { compressible: false, extensions: ['jpeg', 'jpg'] },
  'image/svg+xml': { compressible: true, extensions: ['svg'] },
};
