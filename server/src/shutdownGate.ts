// After `shutdown` the LSP spec has every further request answered with InvalidRequest, not served: a message strategy
// sees each incoming message first and turns a late request into one for the gate's own method, which refuses it.
import { ErrorCodes, Message, MessageStrategy, RequestMessage, ResponseError } from 'vscode-languageserver/node';

/** The method a request after shutdown is turned into (no client sends it: `$/` methods are the protocol's own). */
export const AFTER_SHUTDOWN = '$/arabicNews/afterShutdown';

export interface ShutdownGate {
  /** For createConnection's options: passes messages on, a request after `shutdown` as AFTER_SHUTDOWN. */
  messageStrategy: MessageStrategy;
  /** The answer to AFTER_SHUTDOWN (register it with connection.onRequest). */
  refuse(params: { method?: string } | undefined): ResponseError<void>;
}

export function shutdownGate(): ShutdownGate {
  let shutDown = false;
  return {
    messageStrategy: {
      handleMessage(message: Message, next: (m: Message) => void) {
        const request = Message.isRequest(message) ? message as RequestMessage : undefined;
        if (request && shutDown) return next({ jsonrpc: request.jsonrpc, id: request.id, method: AFTER_SHUTDOWN, params: { method: request.method } } as RequestMessage);
        if (request?.method === 'shutdown') shutDown = true;
        return next(message);
      },
    },
    refuse: (params) => new ResponseError(ErrorCodes.InvalidRequest, `The server is shut down: ${params?.method ?? 'the request'} is not served (only exit is expected).`),
  };
}
