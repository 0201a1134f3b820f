package org.centinela.sandbox.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.SmsMessage;

/**
 * Everything the sandbox carried, in the order it happened: every SMS and every call, kept in memory
 * until reset. Listeners hear of each change (the phones page updates live from them).
 */
public final class Switchboard {

    private final Map<String, SmsMessage> messages = new LinkedHashMap<>();
    private final Map<String, Call> calls = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public SmsMessage save(SmsMessage message) {
        synchronized (this) {
            messages.put(message.sid(), message);
        }
        changed();
        return message;
    }

    public Call save(Call call) {
        synchronized (this) {
            calls.put(call.sid(), call);
        }
        changed();
        return call;
    }

    /** Applies {@code change} to the message, if it is still known (a reset forgets it). */
    public Optional<SmsMessage> updateMessage(String sid, UnaryOperator<SmsMessage> change) {
        Optional<SmsMessage> updated;
        synchronized (this) {
            updated = Optional.ofNullable(messages.computeIfPresent(sid, (key, message) -> change.apply(message)));
        }
        updated.ifPresent(message -> changed());
        return updated;
    }

    /** Applies {@code change} to the call, if it is still known (a reset forgets it). */
    public Optional<Call> updateCall(String sid, UnaryOperator<Call> change) {
        Optional<Call> updated;
        synchronized (this) {
            updated = Optional.ofNullable(calls.computeIfPresent(sid, (key, call) -> change.apply(call)));
        }
        updated.ifPresent(call -> changed());
        return updated;
    }

    public synchronized Optional<SmsMessage> message(String sid) {
        return Optional.ofNullable(messages.get(sid));
    }

    public synchronized Optional<Call> call(String sid) {
        return Optional.ofNullable(calls.get(sid));
    }

    /** Every message, oldest first. */
    public synchronized List<SmsMessage> messages() {
        return new ArrayList<>(messages.values());
    }

    /** Every call, oldest first. */
    public synchronized List<Call> calls() {
        return new ArrayList<>(calls.values());
    }

    public void reset() {
        synchronized (this) {
            messages.clear();
            calls.clear();
        }
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
