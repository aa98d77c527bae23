// A scripted model on 127.0.0.1 for the real agent clients: the first request that offers tools gets ONE
// call of the shell tool (the job's command), every later request plain text. Speaks Anthropic Messages,
// OpenAI Responses, Chat Completions (all SSE) and Gemini streamGenerateContent, and logs every request:
// the tool result a client sends back is the evidence of what the model was told.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface ToolCall {
  /** The tool's name as the client offers it (Bash, exec_command, bash, run_shell_command). */
  name: string;
  args: Record<string, unknown>;
}

export interface LoggedRequest {
  method: string;
  url: string;
  body: string;
  /** ms since the epoch when the request arrived (bench/agent-hooks.mjs times the tool call with it). */
  at: number;
}

export interface ModelServer {
  port: number;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const DONE_TEXT = 'Understood; I will not run anything else.';

export function startModelServer(call: ToolCall): Promise<ModelServer> {
  const requests: LoggedRequest[] = [];
  let called = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const at = Date.now();
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', body, at });
      const offersTools = /"tools"\s*:\s*\[\s*\{/.test(body) || /"functionDeclarations"/.test(body);
      const hasResult = /"tool_result"|"function_call_output"|"role"\s*:\s*"tool"|"functionResponse"/.test(body);
      const tool = offersTools && !hasResult && !called;
      if (tool) called = true;
      answer(req, res, body, tool ? call : undefined);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ port, requests, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function answer(req: IncomingMessage, res: ServerResponse, body: string, call: ToolCall | undefined): void {
  const url = req.url ?? '';
  const streaming = /"stream"\s*:\s*true/.test(body) || url.includes('alt=sse') || url.includes('stream');
  if (url.includes('/messages') && !url.includes('count_tokens'))
    return streaming ? sse(res, anthropicEvents(call)) : json(res, anthropicMessage(call));
  if (url.includes('count_tokens')) return json(res, { input_tokens: 10 });
  if (url.includes('/responses')) return sse(res, responsesEvents(call));
  if (url.includes('/chat/completions')) return sse(res, chatEvents(call), true);
  if (url.includes(':streamGenerateContent') || url.includes(':generateContent')) {
    const chunk = geminiChunk(call);
    return url.includes(':streamGenerateContent') ? sse(res, [['', chunk]]) : json(res, chunk);
  }
  if (url.includes('/models')) return json(res, { data: [{ id: 'mock-model', object: 'model' }], models: [] });
  json(res, {});
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function sse(res: ServerResponse, events: [string, unknown][], doneMarker = false): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const [event, data] of events) res.write(`${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
  if (doneMarker) res.write('data: [DONE]\n\n');
  res.end();
}

const usage = { input_tokens: 10, output_tokens: 5 };

function anthropicMessage(call: ToolCall | undefined): unknown {
  const content = call
    ? [{ type: 'tool_use', id: 'toolu_guard_1', name: call.name, input: call.args }]
    : [{ type: 'text', text: DONE_TEXT }];
  return {
    id: 'msg_guard',
    type: 'message',
    role: 'assistant',
    model: 'mock-model',
    content,
    stop_reason: call ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage,
  };
}

function anthropicEvents(call: ToolCall | undefined): [string, unknown][] {
  const start: [string, unknown] = [
    'message_start',
    {
      type: 'message_start',
      message: {
        id: 'msg_guard',
        type: 'message',
        role: 'assistant',
        model: 'mock-model',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage,
      },
    },
  ];
  const block: [string, unknown][] = call
    ? [
        [
          'content_block_start',
          {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'tool_use', id: 'toolu_guard_1', name: call.name, input: {} },
          },
        ],
        [
          'content_block_delta',
          {
            type: 'content_block_delta',
            index: 0,
            delta: { type: 'input_json_delta', partial_json: JSON.stringify(call.args) },
          },
        ],
      ]
    : [
        ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
        [
          'content_block_delta',
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: DONE_TEXT } },
        ],
      ];
  return [
    start,
    ...block,
    ['content_block_stop', { type: 'content_block_stop', index: 0 }],
    [
      'message_delta',
      {
        type: 'message_delta',
        delta: { stop_reason: call ? 'tool_use' : 'end_turn', stop_sequence: null },
        usage: { output_tokens: 5 },
      },
    ],
    ['message_stop', { type: 'message_stop' }],
  ];
}

function responsesEvents(call: ToolCall | undefined): [string, unknown][] {
  const item = call
    ? {
        type: 'function_call',
        id: 'fc_guard_1',
        call_id: 'call_guard_1',
        name: call.name,
        arguments: JSON.stringify(call.args),
        status: 'completed',
      }
    : {
        type: 'message',
        id: 'msg_guard_1',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: DONE_TEXT, annotations: [] }],
      };
  const response = {
    id: 'resp_guard',
    object: 'response',
    status: 'completed',
    model: 'mock-model',
    output: [item],
    usage: {
      ...usage,
      total_tokens: 15,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens_details: { reasoning_tokens: 0 },
    },
  };
  return [
    ['response.created', { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } }],
    ['response.output_item.added', { type: 'response.output_item.added', output_index: 0, item }],
    ['response.output_item.done', { type: 'response.output_item.done', output_index: 0, item }],
    ['response.completed', { type: 'response.completed', response }],
  ];
}

function chatEvents(call: ToolCall | undefined): [string, unknown][] {
  const base = { id: 'chatcmpl-guard', object: 'chat.completion.chunk', created: 1, model: 'mock-model' };
  const delta = call
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            index: 0,
            id: 'call_guard_1',
            type: 'function',
            function: { name: call.name, arguments: JSON.stringify(call.args) },
          },
        ],
      }
    : { role: 'assistant', content: DONE_TEXT };
  return [
    ['', { ...base, choices: [{ index: 0, delta, finish_reason: null }] }],
    [
      '',
      {
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: call ? 'tool_calls' : 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      },
    ],
  ];
}

function geminiChunk(call: ToolCall | undefined): unknown {
  const part = call ? { functionCall: { name: call.name, args: call.args } } : { text: DONE_TEXT };
  return {
    candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 },
    modelVersion: 'mock-model',
  };
}
