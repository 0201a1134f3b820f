package org.centinela.contracts.alert;

/** Where a response came from. */
public enum ResponseChannel {
    /** A reply such as "OK 4821". */
    SMS,
    /** A keypress during a call. */
    VOICE,
    /** An acknowledgement link from an e-mail. */
    EMAIL,
    /** The "I'm on it" button of a brief page, opened from the link a responder received. */
    LINK,
    /** The HTTP API. */
    API,
    /** The operators' console. */
    CONSOLE
}
