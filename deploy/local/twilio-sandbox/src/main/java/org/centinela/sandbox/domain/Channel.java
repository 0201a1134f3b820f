package org.centinela.sandbox.domain;

/** The two Twilio channels the sandbox carries. */
public enum Channel { SMS, VOICE }
