package org.centinela.escalation.adapter.in.web;

/** The id of what was created or changed. */
public record Created(String id) {
}
