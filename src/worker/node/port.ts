// vscode-jsonrpc over a Node MessagePort (the worker thread's parentPort, or the Worker object on the caller's side),
// on vscode-jsonrpc's platform-neutral core: its `vscode-jsonrpc/node` entry also loads `net`, `crypto`, `os` and
// `path` for its socket and pipe transports, which cost a new worker thread ~20 ms to load and are not used here.
// The runtime layer installed is what the core needs for a port: timers and a console (no streams).
import type { MessagePort, Worker } from 'node:worker_threads';
import {
  AbstractMessageReader, AbstractMessageWriter, Disposable, RAL, createMessageConnection,
  type DataCallback, type Message, type MessageConnection, type MessageReader, type MessageWriter,
} from 'vscode-jsonrpc/lib/common/api';

type Port = MessagePort | Worker;

const unused = (): never => {
  throw new Error('not available on a message port');
};

let installed = false;
/** Installs the runtime layer of vscode-jsonrpc's core for Node (timers, console); once. */
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  const ril: RAL = {
    applicationJson: { encoder: { name: 'application/json', encode: unused }, decoder: { name: 'application/json', decode: unused } },
    messageBuffer: { create: unused },
    console,
    timer: {
      setTimeout(callback, ms, ...args) {
        const h = setTimeout(callback, ms, ...args);
        return Disposable.create(() => clearTimeout(h));
      },
      setImmediate(callback, ...args) {
        const h = setImmediate(callback, ...args);
        return Disposable.create(() => clearImmediate(h));
      },
      setInterval(callback, ms, ...args) {
        const h = setInterval(callback, ms, ...args);
        return Disposable.create(() => clearInterval(h));
      },
    },
  };
  RAL.install(ril);
}

export class PortReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  constructor(port: Port) {
    super();
    port.on('message', (m: Message) => this.callback?.(m));
    port.on('error', (e: unknown) => this.fireError(e));
    // A port closes; a Worker exits.
    port.on('close', () => this.fireClose());
    port.on('exit', () => this.fireClose());
  }
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return Disposable.create(() => {
      if (this.callback === callback) this.callback = undefined;
    });
  }
}

export class PortWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;
  constructor(private readonly port: Port) {
    super();
  }
  write(msg: Message): Promise<void> {
    try {
      this.port.postMessage(msg);
      return Promise.resolve();
    } catch (error) {
      this.fireError(error, msg, ++this.errors);
      return Promise.reject(error);
    }
  }
  end(): void {
    // a port has no end of its own: the connection's owner closes or terminates it
  }
}

/** A JSON-RPC connection over a MessagePort or Worker (not listening yet). */
export function portConnection(port: Port): MessageConnection {
  installRuntime();
  return createMessageConnection(new PortReader(port), new PortWriter(port));
}
