package org.centinela.contracts.alert;

/** Where a response came from. */
public enum ResponseChannel {
    /** A reply such as "OK 4821". */
    SMS,
    /** A keypress during a call. */
    VOICE,
    /** An acknowledgement link from an e-mail. */
    EMAIL,
    /** The HTTP API. */
    API,
    /** The operators' console. */
    CONSOLE
}
