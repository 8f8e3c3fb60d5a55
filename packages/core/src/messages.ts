// @flodes/core/messages — the message convention alone (Msg, FlodesError, the steering texts), for programs that
// must start fast: the CLI's help and error paths load this, not the whole library. Also exported by "@flodes/core".

export { type ErrorLocation, FlodesError } from "./messages/flodes-error.js";
export { inLanguage, type Lang, type Msg, msg, type Text, type TextPair, textPair } from "./messages/msg.js";
export { steeringMessage } from "./messages/steering.js";
