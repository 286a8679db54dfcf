/**
 * Where the `§N` of a scenario's reference can be read: the behaviour reference ships in the npm package, so a
 * user of the CLI or the library can follow a citation without this repository.
 */
export const REFERENCE_NOTE =
  '§N: a section of docs/wechat-behaviour.md (ML§N: docs/wechat-more-logins.md), in the package at node_modules/wechat-oauth-mock/docs/';
