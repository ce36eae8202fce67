/**
 * The catalogue of every Dutch error message, one module per domain, merged here so there is one place to read and
 * translate them all. Core code throws `messages.<domain>.<key>(...)`, never an inline string.
 */
import { indexMessages } from "./indices";

export const messages = {
  indices: indexMessages,
} as const;
