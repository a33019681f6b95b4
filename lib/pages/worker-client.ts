/**
 * One long-lived worker of an extension page, asked one request at a time by
 * id: `call` posts `{ ...req, id }` and settles on the reply with that id
 * (`{ id, ok, message?, progress? }`), reporting progress on the way; if the
 * worker cannot start or crashes, the call fails in words and the next call
 * starts a fresh worker. Shared by the transfer and report clients.
 */
export class WorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;

  /** `start` makes the worker (on first use); `stopped` is the message when it dies without one of its own. */
  constructor(
    private readonly start: () => Worker,
    private readonly stopped: string,
  ) {}

  /** Ask the worker; resolves with its reply when `ok`, rejects with its message otherwise. */
  call<T>(req: Record<string, unknown>, onProgress?: (done: number, total: number) => void): Promise<T> {
    this.worker ??= this.start();
    const w = this.worker;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        w.removeEventListener('message', on);
        w.removeEventListener('error', failed);
      };
      const on = (e: MessageEvent<{ id: number; ok?: boolean; message?: string; progress?: { done: number; total: number } } & T>) => {
        if (e.data.id !== id) return;
        if (e.data.progress) {
          onProgress?.(e.data.progress.done, e.data.progress.total);
          return;
        }
        done();
        if (e.data.ok) resolve(e.data);
        else reject(new Error(e.data.message));
      };
      // The worker could not start or crashed: say so instead of waiting forever.
      const failed = (e: ErrorEvent) => {
        done();
        this.worker = null;
        reject(new Error(e.message || this.stopped));
      };
      w.addEventListener('message', on);
      w.addEventListener('error', failed);
      w.postMessage({ ...req, id });
    });
  }
}
