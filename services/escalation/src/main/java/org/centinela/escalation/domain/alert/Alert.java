package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;

/**
 * One defender's alert, from her first assessed signal until it is resolved or cancelled: which
 * levels of her policy it started, whom it contacted on which channel, who answered, and what it
 * must do next. Every method takes the time it happens at ({@code now}), so the lifecycle is tested
 * without clocks or sleeping; what it did is collected until {@link #drainChanges()}.
 *
 * <p>The rules, in the words of the policy:
 * <ul>
 *   <li>The first assessed signal opens it at the level its grade starts at; an unverified sender,
 *       a signal marked for triage or a defender without a policy holds it at level 0 for the
 *       operators, and nobody is contacted.</li>
 *   <li>A level contacts each of its people on each of the level's channels she has (on her first
 *       channel if she has none of them), re-contacts those who have not answered every
 *       {@code repeatEvery}, and after {@code escalateAfter} without quorum starts the next level;
 *       earlier levels keep re-contacting their people. A level that can no longer reach its quorum
 *       (too few people, or declines) escalates at once.</li>
 *   <li>Past the last level the operators on duty are paged, every {@code escalateAfter}, and the
 *       last level is contacted again.</li>
 *   <li>{@code quorum} distinct people of a started level acknowledging: ACKNOWLEDGED, and everyone
 *       contacted is told someone is on it. A decline is recorded and never counts.</li>
 *   <li>RESOLVE by an operator, or by as many responders contacted as the policy's rule asks ({@link Closing}), or
 *       CANCEL with her PIN: everyone contacted is told to stand down. A RESOLVE that is not enough is recorded.
 *       After a DURESS signal a cancel changes nothing (she may be forced) and only an operator who says how she
 *       verified the defender ends the alert.</li>
 *   <li>While her phone is marked seized a cancel changes nothing either (it came from her phone, which may be in
 *       other hands); when it is marked, everyone contacted is told once ({@link PhoneSeizure}).</li>
 *   <li>A failed delivery is tried again on the person's next channel.</li>
 *   <li>Redelivered signals, responses and statuses change nothing.</li>
 *   <li>Its brief (who she is, where, what she said, who is on it) has a version that grows with every change;
 *       each level's rule says who is sent it and when ({@link BriefRule}), and the people on it get its updates,
 *       at most one every {@code briefUpdateGap} ({@link BriefUpdates}). Every disclosure is on the timeline.</li>
 *   <li>An operator decides on an alert held for triage: she attaches it to a defender of the directory, opens it
 *       for someone who is not in it, or dismisses it.</li>
 * </ul>
 */
public final class Alert {

    private final UUID id;
    private final String code;
    private String defenderId;
    private boolean verifiedSender;
    private final Instant openedAt;
    private String policyId;
    private long policyVersion;
    private Grade grade;
    private int score;
    private AlertState state;
    private boolean duress;
    private Instant updatedAt;
    private int startLevel;
    private int level;
    private int operatorPages;
    private long briefVersion;
    private boolean briefChanged;
    private String typedName;
    private int phoneSeizure;
    private final BriefUpdates briefUpdates;
    private final Map<Integer, LevelRun> levels = new TreeMap<>();
    private final Map<String, Recipient> recipients = new LinkedHashMap<>();
    private final Map<String, SentRequest> requests = new LinkedHashMap<>();
    private final List<Acknowledgement> acks = new ArrayList<>();
    private final Set<UUID> handled = new HashSet<>();
    private final Set<String> askedToClose = new LinkedHashSet<>();

    private final List<NotificationRequested> pendingNotifications = new ArrayList<>();
    private final List<AlertLifecycle> pendingLifecycle = new ArrayList<>();
    private final List<TimelineEntry> pendingTimeline = new ArrayList<>();
    private final List<Step> pendingSteps = new ArrayList<>();

    private Alert(AlertSnapshot snapshot) {
        this.id = snapshot.id();
        this.code = snapshot.code();
        this.defenderId = snapshot.defenderId();
        this.verifiedSender = snapshot.verifiedSender();
        this.openedAt = snapshot.openedAt();
        this.policyId = snapshot.policyId();
        this.policyVersion = snapshot.policyVersion();
        this.grade = snapshot.grade();
        this.score = snapshot.score();
        this.state = snapshot.state();
        this.duress = snapshot.duress();
        this.updatedAt = snapshot.updatedAt();
        this.startLevel = snapshot.startLevel();
        this.level = snapshot.level();
        this.operatorPages = snapshot.operatorPages();
        this.briefVersion = Math.max(1, snapshot.briefVersion());
        this.typedName = snapshot.typedName();
        this.phoneSeizure = snapshot.phoneSeizure();
        this.briefUpdates = new BriefUpdates(snapshot.briefUpdateSteps(), snapshot.nextBriefUpdate());
        snapshot.levels().forEach(run -> levels.put(run.number(), run));
        snapshot.recipients().forEach(recipient -> recipients.put(recipient.personId(), recipient));
        snapshot.requests().forEach(request -> requests.put(request.key(), request));
        acks.addAll(snapshot.acks());
        handled.addAll(snapshot.handled());
        askedToClose.addAll(snapshot.askedToClose());
    }

    /**
     * Opens the alert of {@code signal}'s defender and, unless it is held for triage, starts the level
     * its grade starts at.
     *
     * @throws IllegalArgumentException for a CANCEL or a PHONE_SEIZED, which never open an alert
     */
    public static Alert open(UUID id, String code, SignalAssessed signal, AlertContext context, Instant now) {
        if (signal.type() == SignalType.CANCEL || signal.type() == SignalType.PHONE_SEIZED) {
            throw new IllegalArgumentException("a " + signal.type() + " never opens an alert");
        }
        EscalationPolicy policy = context.policy();
        Alert alert = new Alert(new AlertSnapshot(id, code, signal.defenderId(), signal.verifiedSender(),
                policy == null ? null : policy.id(), policy == null ? 0 : policy.version(), gradeOf(signal),
                signal.score(), AlertState.OPEN, signal.type() == SignalType.DURESS, now, now, 0, 0, List.of(),
                List.of(), List.of(), List.of(), Set.of(signal.signalId()), 0, 1, null, 0, null, List.of(), 0));
        alert.briefChanged = true;
        alert.timeline(now, TimelineType.SIGNAL_RECEIVED, describe(signal));
        alert.lifecycle(LifecycleKind.OPENED, signal.signalId(), null, now);
        String heldBecause = heldBecause(signal, policy);
        if (heldBecause != null) {
            alert.timeline(now, TimelineType.NOTE, "held for operator triage: " + heldBecause);
        } else {
            alert.startLevel(policy.startLevel(alert.grade), context, now);
        }
        return alert;
    }

    /** Rebuilds an alert from what was stored. */
    public static Alert restore(AlertSnapshot snapshot) {
        return new Alert(snapshot);
    }

    /**
     * A later signal of the same defender: recorded, it may raise the grade (and jump to the higher
     * grade's start level at once), a DURESS makes the alert critical for good, and a CANCEL cancels it (unless a
     * DURESS came, or her phone is marked seized).
     *
     * @throws IllegalArgumentException for a PHONE_SEIZED, which marks her phone and is no signal of an alert
     */
    public void join(SignalAssessed signal, AlertContext context, Instant now) {
        if (!signal.defenderId().equals(defenderId)) {
            throw new IllegalArgumentException("the signal is not of this alert's defender");
        }
        if (signal.type() == SignalType.PHONE_SEIZED) {
            throw new IllegalArgumentException("a PHONE_SEIZED marks her phone seized; it joins no alert");
        }
        if (!handled.add(signal.signalId())) {
            return;
        }
        touch(now);
        timeline(now, TimelineType.SIGNAL_RECEIVED, describe(signal));
        if (signal.type() == SignalType.CANCEL) {
            cancel(signal.signalId(), context, now);
            return;
        }
        lifecycle(LifecycleKind.SIGNAL_JOINED, signal.signalId(), null, now);
        changeBrief(context, now);
        duress |= signal.type() == SignalType.DURESS;
        score = Math.max(score, signal.score());
        Grade signalGrade = gradeOf(signal);
        if (signalGrade.compareTo(grade) > 0) {
            timeline(now, TimelineType.GRADE_RAISED, grade + " → " + signalGrade);
            grade = signalGrade;
            lifecycle(LifecycleKind.GRADE_RAISED, signal.signalId(), null, now);
        }
        if (!isActive() || context.policy() == null) {
            return;
        }
        if (level == 0) {
            if (heldBecause(signal, context.policy()) == null) {
                startLevel(policy(context).startLevel(grade), context, now);
            }
        } else {
            int gradeStart = policy(context).startLevel(grade);
            if (gradeStart > level) {
                startLevel(gradeStart, context, now);
            }
        }
    }

    /** An ACK, DECLINE or RESOLVE. A responder who was not contacted is recorded and ignored. */
    public void respond(AlertResponse response, AlertContext context, Instant now) {
        respond(response, null, context, now);
    }

    /**
     * An answer, with how an operator verified the defender when she resolves it ({@code verification}, free text;
     * null when she said nothing): after a duress signal only such a RESOLVE ends the alert.
     */
    public void respond(AlertResponse response, String verification, AlertContext context, Instant now) {
        if (!handled.add(response.responseId())) {
            return;
        }
        touch(now);
        String who = response.actor().id();
        ActorType actor = response.actor().type();
        if (actor == ActorType.RESPONDER && !recipients.containsKey(who)) {
            refused(now, response, response.kind() + " from " + who + ", who was not contacted about this alert");
            return;
        }
        if (isClosed()) {
            refused(now, response, response.kind() + " from " + who + " after the alert was " + state);
            return;
        }
        timeline(now, TimelineType.RESPONSE, response.kind() + " from " + who + " (" + actor + ") by "
                + response.channel());
        if (response.kind() == ResponseKind.ACK) {
            acknowledge(new Acknowledgement(who, response.channel(), now), actor, context, now);
        } else if (response.kind() == ResponseKind.DECLINE) {
            decline(who, actor, context, now);
        } else {
            askToClose(who, actor, verification, context, now);
        }
    }

    /** What notification reported about one of its requests; a failure tries the person's next channel. */
    public void deliveryReported(NotificationStatus status, AlertContext context, Instant now) {
        SentRequest request = requests.get(status.idempotencyKey());
        if (request == null) {
            return;
        }
        if (status.status() == DeliveryStatus.OPENED) {
            opened(request, status.at(), now);
            return;
        }
        if (request.status() == status.status()) {
            return;
        }
        touch(now);
        SentRequest updated = request.withStatus(status.status());
        timeline(now, TimelineType.NOTIFICATION_STATUS, request.purpose() + " to " + request.personId() + " on "
                + request.channel() + ": " + status.status()
                + (status.errorCode() == null ? "" : " (error " + status.errorCode() + ")"));
        if (updated.carriesBrief() && !updated.disclosed() && BriefRule.reached(updated.channel(), status.status())) {
            updated = updated.disclosing();
            disclosed(updated.personId(), updated.channel(), updated.purpose().toString(), now);
        }
        requests.put(updated.key(), updated);
        if (updated.failed()) {
            fallBack(updated, context, now);
        }
    }

    /** A step fell due. Steps that no longer apply (the alert moved on, or was answered) do nothing. */
    public void fire(Step step, AlertContext context, Instant now) {
        if (step.kind() == StepKind.BRIEF_UPDATE) {
            briefUpdates.fired(now);
            if (!isClosed()) {
                sendBriefUpdates(context, now);
            }
            return;
        }
        if (!isActive() || context.policy() == null || level == 0) {
            return;
        }
        if (step.kind() == StepKind.ESCALATE) {
            escalate(step.level(), step.round(), context, now);
        } else {
            repeat(step, context, now);
        }
    }

    /**
     * The details of one of its signals arrived (her words, a place): the brief changed, and the people on it get
     * the update. Nothing once the alert is over.
     */
    public void briefChanged(AlertContext context, Instant now) {
        if (isClosed()) {
            return;
        }
        touch(now);
        lifecycle(LifecycleKind.BRIEF_UPDATED, null, null, now);
        changeBrief(context, now);
    }

    /**
     * Whether the alert's brief is disclosed to responder {@code personId}: she was contacted at a level whose rule
     * is ON_CONTACT or paged as an operator on duty, or she acknowledged and her level's rule is ON_ACK.
     */
    public boolean briefDisclosedTo(String personId, AlertContext context) {
        Recipient recipient = recipients.get(personId);
        return recipient != null
                && BriefRule.discloses(BriefRule.of(recipient, context.policy()), acknowledged(personId));
    }

    /** {@code actorId} read the brief through the API or the console ({@code channel}). */
    public void briefRead(String actorId, String channel, Instant now) {
        timeline(now, TimelineType.BRIEF_READ, "brief v" + briefVersion + " read by " + actorId + " through "
                + channel, null, channel, actorId);
    }

    /**
     * Her phone was marked seized ({@code seizure}): a PHONE_SEIZED line, and each person the alert contacted who is
     * not among {@code toldAlready} is sent one PHONE_SEIZED message (do not trust what comes from her phone, verify
     * her another way) on her first channel that still works, under the seizure's number as round, so that a later
     * seizure has messages of its own. From then on a cancel changes nothing while {@code context} says her phone is
     * seized. A seizure it marked already changes nothing. For an alert that is not over.
     *
     * @return the people it told
     */
    public Set<String> phoneSeized(PhoneSeizure seizure, Set<String> toldAlready, AlertContext context, Instant now) {
        if (seizure.number() <= phoneSeizure) {
            return Set.of();
        }
        phoneSeizure = seizure.number();
        timeline(now, TimelineType.PHONE_SEIZED, "her phone is marked seized by " + seizure.by()
                + ": nothing from it cancels; everyone contacted is told", null, null, seizure.operator());
        Set<String> told = new LinkedHashSet<>();
        for (Recipient recipient : List.copyOf(recipients.values())) {
            if (!toldAlready.contains(recipient.personId())) {
                contact(recipient.personId(), Math.max(level, 1), seizure.number(), NotificationPurpose.PHONE_SEIZED,
                        Set.of(), context, now);
                told.add(recipient.personId());
            }
        }
        return told;
    }

    /**
     * An operator cleared the "phone seized" mode after verifying the defender ({@code verification}, what she said):
     * a PHONE_SEIZED_CLEARED line naming her; a cancel from the phone counts again. Nobody is told.
     */
    public void phoneSeizureCleared(String operator, String verification, Instant now) {
        timeline(now, TimelineType.PHONE_SEIZED_CLEARED, "her phone's seized mode cleared by " + operator
                + " after verifying her: " + verification, null, null, operator);
    }

    /** Whether it waits for an operator's triage: active, and nobody was contacted (level 0). */
    public boolean heldForTriage() {
        return isActive() && level == 0;
    }

    /**
     * Triage: the alert becomes defender {@code defenderId}'s (a sender now known), follows her policy
     * ({@code herContext}) and starts the level its grade starts at.
     *
     * @throws IllegalStateException    when it is not held for triage
     * @throws IllegalArgumentException when she has no policy
     */
    public void attachTo(String defenderId, AlertContext herContext, String operator, Instant now) {
        Objects.requireNonNull(defenderId, "defenderId");
        EscalationPolicy policy = triagedUnder(herContext, "attached");
        this.defenderId = defenderId;
        timeline(now, TimelineType.TRIAGED, "attached to defender " + defenderId + " by " + operator, defenderId, null,
                operator);
        proceed(policy, herContext, operator, now);
    }

    /**
     * Triage: opened for someone who is not in the directory, under the policy of {@code context}, with the name
     * the operator typed as her display name ({@link #typedName()}).
     *
     * @throws IllegalStateException    when it is not held for triage
     * @throws IllegalArgumentException without a policy or a name
     */
    public void openFor(String displayName, AlertContext context, String operator, Instant now) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a name is needed to open an alert for someone not in the directory");
        }
        EscalationPolicy policy = triagedUnder(context, "opened");
        typedName = displayName.strip();
        timeline(now, TimelineType.TRIAGED, "opened by " + operator + " for someone not in the directory, under policy "
                + policy.id() + " v" + policy.version(), null, null, operator);
        proceed(policy, context, operator, now);
    }

    /**
     * Triage: nothing to act on ({@code reason}, on the timeline). RESOLVED; nobody was contacted, nobody is.
     *
     * @throws IllegalStateException when it is not held for triage
     */
    public void dismiss(String reason, String operator, Instant now) {
        requireHeld("dismissed");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a dismissal needs a reason");
        }
        timeline(now, TimelineType.TRIAGED, "dismissed by " + operator + ": " + reason.strip(), null, null, operator);
        changeState(AlertState.RESOLVED, now);
        lifecycle(LifecycleKind.RESOLVED, null, operator, now);
    }

    /** The name the operator typed when she opened it for someone not in the directory; null otherwise. */
    public String typedName() {
        return typedName;
    }

    /** The version of its brief: 1 at opening, one more at every change of what the brief says. */
    public long briefVersion() {
        return briefVersion;
    }

    /** What the alert did since it was loaded or last drained; the lists are emptied. */
    public AlertChanges drainChanges() {
        AlertChanges changes = new AlertChanges(pendingNotifications, pendingLifecycle, pendingTimeline, pendingSteps,
                briefChanged);
        pendingNotifications.clear();
        pendingLifecycle.clear();
        pendingTimeline.clear();
        pendingSteps.clear();
        briefChanged = false;
        return changes;
    }

    /** Everything the alert knows, to be stored. */
    public AlertSnapshot snapshot() {
        return new AlertSnapshot(id, code, defenderId, verifiedSender, policyId, policyVersion, grade, score, state,
                duress, openedAt, updatedAt, startLevel, level, List.copyOf(levels.values()),
                List.copyOf(recipients.values()), List.copyOf(requests.values()), acks, handled, operatorPages,
                briefVersion, typedName, briefUpdates.steps(), briefUpdates.nextStep(), List.copyOf(askedToClose),
                phoneSeizure);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Her defender id; an unknown sender's key until triage attaches the alert to a defender. */
    public String defenderId() {
        return defenderId;
    }

    /** Whether the sender is known: she is in the directory, or an operator vouched for her by triage. */
    public boolean verifiedSender() {
        return verifiedSender;
    }

    public AlertState state() {
        return state;
    }

    public Grade grade() {
        return grade;
    }

    public int level() {
        return level;
    }

    /** The policy version the alert follows, 0 without a policy. */
    public long policyVersion() {
        return policyVersion;
    }

    /** The policy the alert follows; null without one. */
    public String policyId() {
        return policyId;
    }

    /** Whether it still escalates: OPEN or ESCALATING. */
    public boolean isActive() {
        return state == AlertState.OPEN || state == AlertState.ESCALATING;
    }

    /** Whether it is over: RESOLVED or CANCELLED. */
    public boolean isClosed() {
        return state == AlertState.RESOLVED || state == AlertState.CANCELLED;
    }

    /** Whether the alert contacted {@code personId}. */
    public boolean contacted(String personId) {
        return recipients.containsKey(personId);
    }

    /** The acknowledgements in the order they came. */
    public List<Acknowledgement> acknowledgements() {
        return List.copyOf(acks);
    }

    // ---- levels ----

    private void startLevel(int number, AlertContext context, Instant now) {
        EscalationPolicy policy = policy(context);
        PolicyLevel definition = policy.level(number);
        Set<String> people = definition.people(context.reach()::groupMembers);
        levels.put(number, new LevelRun(number, now, 0, people));
        boolean first = startLevel == 0;
        if (first) {
            startLevel = number;
        }
        level = Math.max(level, number);
        changeState(level > startLevel ? AlertState.ESCALATING : AlertState.OPEN, now);
        timeline(now, TimelineType.LEVEL_STARTED, "level " + number + " (" + definition.name() + "): "
                + people.size() + (people.size() == 1 ? " person" : " people") + ", quorum " + definition.quorum());
        lifecycle(LifecycleKind.LEVEL_STARTED, null, null, now);
        NotificationPurpose purpose = first ? NotificationPurpose.ALERT : NotificationPurpose.ESCALATION;
        for (String person : people) {
            if (!recipients.containsKey(person)) {
                recipients.put(person, Recipient.contacted(person, number));
                contact(person, number, 0, purpose, definition.channels(), context, now);
            }
        }
        pendingSteps.add(new Step(StepKind.ESCALATE, number, 0, now.plus(definition.escalateAfter())));
        if (definition.repeats()) {
            pendingSteps.add(new Step(StepKind.REPEAT, number, 1, now.plus(definition.repeatEvery())));
        }
        escalateIfQuorumUnreachable(context, now);
    }

    private void escalate(int number, int round, AlertContext context, Instant now) {
        if (number != level) {
            return;
        }
        EscalationPolicy policy = policy(context);
        if (!policy.isLast(number)) {
            if (round == 0) {
                timeline(now, TimelineType.NOTE, "level " + number + " passed without quorum");
                startLevel(number + 1, context, now);
            }
            return;
        }
        if (round == operatorPages) {
            pageOperators(policy.level(number), context, now);
        }
    }

    private void pageOperators(PolicyLevel last, AlertContext context, Instant now) {
        operatorPages++;
        timeline(now, TimelineType.OPERATORS_PAGED, "the last level passed without quorum: "
                + context.operatorsOnDuty().size() + " operators on duty paged (page " + operatorPages + ")");
        lifecycle(LifecycleKind.OPERATORS_PAGED, null, null, now);
        Set<Channel> anyChannel = EnumSet.allOf(Channel.class);
        for (String operator : context.operatorsOnDuty()) {
            recipients.put(operator, recipients.getOrDefault(operator, Recipient.contacted(operator, 0)).paging());
            contact(operator, level, operatorPages, NotificationPurpose.OPERATOR_PAGE, anyChannel, context, now);
        }
        if (!last.repeats()) {
            remind(level, levels.get(level).round() + 1, last, context, now);
        }
        pendingSteps.add(new Step(StepKind.ESCALATE, level, operatorPages, now.plus(last.escalateAfter())));
    }

    private void repeat(Step step, AlertContext context, Instant now) {
        LevelRun run = levels.get(step.level());
        if (run == null || step.round() != run.round() + 1) {
            return;
        }
        PolicyLevel definition = policy(context).level(step.level());
        remind(step.level(), step.round(), definition, context, now);
        Instant next = step.dueAt().plus(definition.repeatEvery());
        if (!next.isAfter(now)) {
            next = now.plus(definition.repeatEvery());
        }
        pendingSteps.add(new Step(StepKind.REPEAT, step.level(), step.round() + 1, next));
    }

    private void remind(int number, int round, PolicyLevel definition, AlertContext context, Instant now) {
        levels.put(number, levels.get(number).nextRound(round));
        for (Recipient recipient : List.copyOf(recipients.values())) {
            if (recipient.homeLevel() == number && !recipient.declined() && !acknowledged(recipient.personId())) {
                contact(recipient.personId(), number, round, NotificationPurpose.REMINDER, definition.channels(),
                        context, now);
            }
        }
    }

    private void escalateIfQuorumUnreachable(AlertContext context, Instant now) {
        if (!isActive()) {
            return;
        }
        EscalationPolicy policy = policy(context);
        if (policy.isLast(level) && operatorPages > 0) {
            return;
        }
        LevelRun run = levels.get(level);
        int quorum = policy.level(level).quorum();
        long stillPossible = run.people().stream()
                .filter(person -> !recipients.containsKey(person) || !recipients.get(person).declined())
                .count();
        if (stillPossible < quorum) {
            timeline(now, TimelineType.NOTE, "level " + level + " can no longer reach its quorum of " + quorum);
            escalate(level, 0, context, now);
        }
    }

    // ---- answers ----

    private void acknowledge(Acknowledgement ack, ActorType actor, AlertContext context, Instant now) {
        if (acknowledged(ack.personId())) {
            return;
        }
        acks.add(ack);
        lifecycle(LifecycleKind.ACK_RECEIVED, null, ack.personId(), now);
        newBriefVersion();
        if (actor != ActorType.RESPONDER) {
            return;
        }
        briefOnAcknowledgement(recipients.get(ack.personId()), ack.channel(), context, now);
        if (!isActive()) {
            return;
        }
        EscalationPolicy policy = policy(context);
        for (LevelRun run : levels.values()) {
            int quorum = policy.level(run.number()).quorum();
            List<String> onIt = acks.stream().map(Acknowledgement::personId).filter(run.people()::contains).toList();
            if (onIt.size() >= quorum) {
                changeState(AlertState.ACKNOWLEDGED, now);
                timeline(now, TimelineType.NOTE, "quorum of level " + run.number() + " reached: "
                        + String.join(", ", onIt));
                lifecycle(LifecycleKind.QUORUM_REACHED, null, ack.personId(), now);
                tellEveryone(NotificationPurpose.SOMEONE_ON_IT, null, context, now);
                return;
            }
        }
    }

    private void decline(String who, ActorType actor, AlertContext context, Instant now) {
        lifecycle(LifecycleKind.DECLINE_RECEIVED, null, who, now);
        Recipient recipient = recipients.get(who);
        if (actor == ActorType.RESPONDER && recipient != null && !recipient.declined()) {
            recipients.put(who, recipient.declining());
            if (level > 0) {
                escalateIfQuorumUnreachable(context, now);
            }
        }
    }

    private void askToClose(String who, ActorType actor, String verification, AlertContext context, Instant now) {
        boolean operator = actor == ActorType.OPERATOR;
        if (!operator) {
            askedToClose.add(who);
        }
        Closing.Verdict verdict = new Closing(context.policy(), duress)
                .weigh(actor, who, verification != null, askedToClose, levels.values());
        if (!verdict.closes()) {
            timeline(now, TimelineType.RESOLVE_RECORDED, verdict.recorded(who), operator ? null : who, null,
                    operator ? who : null);
            return;
        }
        if (operator && verification != null) {
            timeline(now, TimelineType.RESOLVE_VERIFIED, who + " verified the defender: " + verification, null, null,
                    who);
        }
        resolve(who, context, now);
    }

    private void resolve(String who, AlertContext context, Instant now) {
        changeState(AlertState.RESOLVED, now);
        lifecycle(LifecycleKind.RESOLVED, null, who, now);
        tellEveryone(NotificationPurpose.STAND_DOWN, who, context, now);
    }

    private void cancel(UUID signalId, AlertContext context, Instant now) {
        if (isClosed()) {
            ignored(now, "CANCEL after the alert was " + state);
            return;
        }
        if (duress) {
            ignored(now, "CANCEL after a DURESS signal: the alert stays as it is and nobody stands down");
            return;
        }
        if (context.phoneSeized()) {
            ignored(now, "CANCEL from her phone while it is marked seized: the alert stays as it is and nobody"
                    + " stands down");
            return;
        }
        changeState(AlertState.CANCELLED, now);
        lifecycle(LifecycleKind.CANCELLED, signalId, defenderId, now);
        tellEveryone(NotificationPurpose.STAND_DOWN, null, context, now);
    }

    /**
     * One message to everyone contacted so far (but {@code except}), on her first channel that still works;
     * SOMEONE_ON_IT names who acknowledged.
     */
    private void tellEveryone(NotificationPurpose purpose, String except, AlertContext context, Instant now) {
        for (Recipient recipient : List.copyOf(recipients.values())) {
            if (!recipient.personId().equals(except)) {
                contact(recipient.personId(), Math.max(level, 1), 0, purpose, Set.of(), context, now);
            }
        }
    }

    // ---- deliveries ----

    private void contact(String person, int levelNumber, int round, NotificationPurpose purpose,
            Set<Channel> levelChannels, AlertContext context, Instant now) {
        List<Channel> channels = channelsFor(person, levelChannels, context.reach());
        if (channels.isEmpty()) {
            timeline(now, TimelineType.NOTE, person + " has no channel left to be contacted on");
            return;
        }
        channels.forEach(channel -> request(person, channel, levelNumber, round, purpose, context, now));
        if (BriefRule.briefWithFirstContact(purpose, BriefRule.of(recipients.get(person), context.policy()), channels)
                && !sentBrief(person)) {
            request(person, Channel.SMS, levelNumber, round, NotificationPurpose.BRIEF, context, now);
        }
    }

    /** The level's channels she has and that did not fail; if none, her first channel that did not fail. */
    private List<Channel> channelsFor(String person, Set<Channel> levelChannels, Reach reach) {
        List<Channel> usable = usableChannels(person, reach);
        List<Channel> chosen = usable.stream().filter(levelChannels::contains).toList();
        return chosen.isEmpty() && !usable.isEmpty() ? List.of(usable.get(0)) : chosen;
    }

    /** Her channels that did not fail, in the order SMS, VOICE, EMAIL. */
    private List<Channel> usableChannels(String person, Reach reach) {
        Set<Channel> failed = recipients.containsKey(person) ? recipients.get(person).failed() : Set.of();
        return reach.channelsOf(person).stream().filter(channel -> !failed.contains(channel)).sorted().toList();
    }

    private void request(String person, Channel channel, int levelNumber, int round, NotificationPurpose purpose,
            AlertContext context, Instant now) {
        Recipient recipient = recipients.get(person);
        BriefDisclosure rule = BriefRule.named(purpose, BriefRule.of(recipient, context.policy()));
        NotificationRequested request = NotificationRequested.of(id, code, person, channel, purpose, grade,
                levelNumber, round, now, rule, rule == BriefDisclosure.NEVER ? 0 : briefVersion);
        if (purpose == NotificationPurpose.SOMEONE_ON_IT) {
            request = request.naming(acks.stream().map(Acknowledgement::personId).toList());
        }
        if (requests.containsKey(request.idempotencyKey())) {
            return;
        }
        requests.put(request.idempotencyKey(), new SentRequest(request.idempotencyKey(), person, channel,
                levelNumber, round, purpose, now, null, request.carriesBrief(), false, null));
        if (request.carriesBrief()) {
            int update = purpose == NotificationPurpose.BRIEF_UPDATE ? round : 0;
            recipients.put(person, recipient.holding(BriefCopy.sent(recipient.brief(), channel, briefVersion, now,
                    update)));
        }
        pendingNotifications.add(request);
        timeline(now, TimelineType.NOTIFICATION_REQUESTED, purpose + " to " + person + " on " + channel
                + " (level " + levelNumber + ", round " + round + ")");
    }

    private void fallBack(SentRequest failed, AlertContext context, Instant now) {
        Recipient recipient = recipients.get(failed.personId()).withFailed(failed.channel());
        recipients.put(recipient.personId(), recipient);
        boolean callToAct = failed.purpose().asksForAnswer();
        if (callToAct && (!isActive() || recipient.declined() || acknowledged(recipient.personId()))) {
            return;
        }
        boolean brief = failed.purpose().isBrief();
        if (brief && isClosed()) {
            return;
        }
        Set<Channel> tried = EnumSet.noneOf(Channel.class);
        requests.values().stream()
                .filter(r -> r.personId().equals(failed.personId()) && r.level() == failed.level()
                        && r.round() == failed.round() && r.purpose() == failed.purpose())
                .forEach(r -> tried.add(r.channel()));
        context.reach().channelsOf(failed.personId()).stream().sorted()
                .filter(channel -> !recipient.failed().contains(channel) && !tried.contains(channel))
                .filter(channel -> !brief || channel != Channel.VOICE)
                .findFirst()
                .ifPresentOrElse(
                        next -> request(failed.personId(), next, failed.level(), failed.round(), failed.purpose(),
                                context, now),
                        () -> timeline(now, TimelineType.NOTE, failed.personId()
                                + " could not be reached on any other channel"));
    }

    // ---- the brief ----

    private void newBriefVersion() {
        briefVersion++;
        briefChanged = true;
    }

    /** What the brief says changed: a new version, and its update to those on it. */
    private void changeBrief(AlertContext context, Instant now) {
        newBriefVersion();
        sendBriefUpdates(context, now);
    }

    /**
     * The latest version to everyone on it who is behind: those who acknowledged, whose rule is not NEVER and who
     * hold the brief on a channel that takes updates; now, or when her gap ends.
     */
    private void sendBriefUpdates(AlertContext context, Instant now) {
        Collection<Recipient> behind = recipients.values().stream()
                .filter(r -> r.brief() != null && r.brief().version() < briefVersion && acknowledged(r.personId()))
                .filter(r -> !r.updateChannels().isEmpty()
                        && BriefRule.of(r, context.policy()) != BriefDisclosure.NEVER)
                .toList();
        for (Recipient recipient : briefUpdates.dueNow(behind, context.briefUpdateGap(), now, Math.max(level, 1),
                pendingSteps::add)) {
            int round = recipient.brief().updates() + 1;
            recipient.updateChannels().forEach(channel -> request(recipient.personId(), channel, Math.max(level, 1),
                    round, NotificationPurpose.BRIEF_UPDATE, context, now));
        }
    }

    /**
     * She acknowledged: under ON_ACK she is sent the brief (and heard it, when she pressed 1 in a call). A paged
     * operator, or someone under ON_CONTACT, has it already; NEVER sends nothing.
     */
    private void briefOnAcknowledgement(Recipient recipient, ResponseChannel channel, AlertContext context,
            Instant now) {
        if (BriefRule.of(recipient, context.policy()) != BriefDisclosure.ON_ACK) {
            return;
        }
        String person = recipient.personId();
        if (channel == ResponseChannel.VOICE) {
            disclosed(person, Channel.VOICE, "acknowledged by call", now);
        }
        if (sentBrief(person)) {
            return;
        }
        List<Channel> chosen = channelsFor(person, policy(context).level(recipient.homeLevel()).channels(),
                context.reach());
        List<Channel> briefChannels = BriefRule.onAcknowledgement(chosen, usableChannels(person, context.reach()));
        if (briefChannels.isEmpty()) {
            timeline(now, TimelineType.NOTE, person + " has no channel left for the brief");
        }
        briefChannels.forEach(briefChannel -> request(person, briefChannel, recipient.homeLevel(), 0,
                NotificationPurpose.BRIEF, context, now));
    }

    private boolean sentBrief(String person) {
        return requests.values().stream()
                .anyMatch(r -> r.personId().equals(person) && r.purpose() == NotificationPurpose.BRIEF);
    }

    private void disclosed(String person, Channel channel, String how, Instant now) {
        timeline(now, TimelineType.BRIEF_DISCLOSED, "brief v" + briefVersion + " disclosed to " + person + " on "
                + channel + " (" + how + ")", person, channel.name(), null);
    }

    /** She opened the brief page the link of {@code request} leads to; the delivery keeps its state. */
    private void opened(SentRequest request, Instant openedAt, Instant now) {
        if (request.openedAt() != null && !openedAt.isAfter(request.openedAt())) {
            return;
        }
        requests.put(request.key(), request.opened(openedAt));
        timeline(now, TimelineType.BRIEF_OPENED, request.personId() + " opened the brief from " + request.channel()
                + " (" + request.purpose() + ")", request.personId(), request.channel().name(), null);
    }

    // ---- triage ----

    private EscalationPolicy triagedUnder(AlertContext context, String what) {
        requireHeld(what);
        if (context.policy() == null) {
            throw new IllegalArgumentException("an alert " + what + " by triage needs a policy to follow");
        }
        return context.policy();
    }

    private void requireHeld(String what) {
        if (!heldForTriage()) {
            throw new IllegalStateException("alert " + id + " is not held for triage (it is " + state + " at level "
                    + level + "): it cannot be " + what);
        }
    }

    /** Triage named her: the sender is vouched for, the brief changed, and the policy's start level starts. */
    private void proceed(EscalationPolicy policy, AlertContext context, String operator, Instant now) {
        verifiedSender = true;
        policyId = policy.id();
        policyVersion = policy.version();
        newBriefVersion();
        lifecycle(LifecycleKind.BRIEF_UPDATED, null, operator, now);
        startLevel(policy.startLevel(grade), context, now);
    }

    // ---- bookkeeping ----

    private boolean acknowledged(String person) {
        return acks.stream().anyMatch(ack -> ack.personId().equals(person));
    }

    private EscalationPolicy policy(AlertContext context) {
        EscalationPolicy policy = Objects.requireNonNull(context.policy(), "the alert's policy");
        if (!policy.id().equals(policyId) && policyId != null) {
            throw new IllegalArgumentException("the alert follows policy " + policyId + ", not " + policy.id());
        }
        if (policyId == null) {
            policyId = policy.id();
            policyVersion = policy.version();
        } else if (policy.version() != policyVersion) {
            throw new IllegalArgumentException("the alert follows version " + policyVersion + " of its policy, not "
                    + policy.version());
        }
        return policy;
    }

    private void changeState(AlertState next, Instant now) {
        if (next != state) {
            timeline(now, TimelineType.STATE_CHANGED, state + " → " + next);
            state = next;
        }
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    private void ignored(Instant now, String why) {
        timeline(now, TimelineType.RESPONSE_IGNORED, why);
    }

    /** An answer not applied, naming who gave it: the audit log repeats it as a refused answer. */
    private void refused(Instant now, AlertResponse response, String why) {
        boolean operator = response.actor().type() == ActorType.OPERATOR;
        timeline(now, TimelineType.RESPONSE_IGNORED, why, operator ? null : response.actor().id(),
                response.channel().name(), operator ? response.actor().id() : null);
    }

    private void timeline(Instant at, TimelineType type, String detail) {
        timeline(at, type, detail, null, null, null);
    }

    private void timeline(Instant at, TimelineType type, String detail, String personId, String channel,
            String actorId) {
        touch(at);
        pendingTimeline.add(new TimelineEntry(at, type, detail, personId, channel, actorId));
    }

    private void lifecycle(LifecycleKind kind, UUID signalId, String actorId, Instant now) {
        pendingLifecycle.add(new AlertLifecycle(id, code, defenderId, kind, state, grade, level, verifiedSender,
                signalId, actorId, now));
    }

    private static Grade gradeOf(SignalAssessed signal) {
        return signal.type() == SignalType.DURESS ? Grade.CRITICAL : signal.grade();
    }

    private static String heldBecause(SignalAssessed signal, EscalationPolicy policy) {
        if (!signal.verifiedSender()) {
            return "the sender is not in the directory";
        }
        if (signal.triage()) {
            return "risk scoring asked for triage";
        }
        return policy == null ? "the defender has no escalation policy" : null;
    }

    private static String describe(SignalAssessed signal) {
        return signal.type() + " " + signal.signalId() + " by " + signal.source() + ": score " + signal.score()
                + ", grade " + gradeOf(signal);
    }
}
