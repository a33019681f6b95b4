/** Vite bundles `./file?worker` imports as a Worker constructor. */
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
