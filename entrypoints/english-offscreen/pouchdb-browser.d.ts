/** PouchDB ships no types; lib/team/replicator.ts types the calls the extension makes. */
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
