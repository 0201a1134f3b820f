package org.centinela.sandbox.domain;

/**
 * How the next requests of a channel fail: the API answers 500, or holds the request past the
 * client's timeout; or the request is accepted and the message is then undelivered (a call: failed),
 * or the call rings out unanswered.
 */
public enum FaultMode {
    HTTP_500, TIMEOUT, UNDELIVERED, NO_ANSWER
}
