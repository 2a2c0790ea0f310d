package io.plrlive.ranking.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import io.plrlive.contracts.capture.LiveSessionChanged;
import io.plrlive.contracts.capture.ParticipantChanged;
import io.plrlive.contracts.capture.RowChange;
import io.plrlive.ranking.reference.ScenarioPlan.DuplicatePlan;

/**
 * The delivery order of a scenario: timelines interleaved, some versions swapped, some
 * events delivered again.
 */
final class DeliveryOrder {

	private DeliveryOrder() {
	}

	/**
	 * Interleaves timelines, keeping the order within each.
	 * @param timelines the timelines
	 * @param choices which timeline delivers next
	 * @return all their events
	 */
	static List<RowChange> interleave(List<List<RowChange>> timelines, Choices choices) {
		List<Deque<RowChange>> pending = new ArrayList<>();
		timelines.forEach((timeline) -> pending.add(new ArrayDeque<>(timeline)));
		pending.removeIf(Deque::isEmpty);
		List<RowChange> merged = new ArrayList<>();
		while (!pending.isEmpty()) {
			Deque<RowChange> next = pending.get(choices.next(pending.size()));
			merged.add(next.removeFirst());
			pending.removeIf(Deque::isEmpty);
		}
		return merged;
	}

	/**
	 * Swaps some disjoint pairs of adjacent versions: an older version then arrives right
	 * after a newer one.
	 * @param versions versions of one row in order
	 * @param choices whether each pair is swapped (about one in five)
	 * @return the versions in delivery order
	 */
	static List<RowChange> swapSomeAdjacent(List<RowChange> versions, Choices choices) {
		List<RowChange> delivered = new ArrayList<>(versions);
		int index = 0;
		while (index + 1 < delivered.size()) {
			boolean swap = choices.next(100) >= 80;
			if (swap) {
				Collections.swap(delivered, index, index + 1);
			}
			index += swap ? 2 : 1;
		}
		return delivered;
	}

	/**
	 * Delivers some events again, later. A participant event is delivered again only
	 * before its session's close unless late duplicates are allowed.
	 * @param stream the events as first delivered
	 * @param duplicates which events are delivered again and where
	 * @param lateParticipantDuplicatesAllowed whether participant duplicates may follow
	 * the close
	 * @return the scenario
	 */
	static Scenario redeliver(List<RowChange> stream, List<DuplicatePlan> duplicates,
			boolean lateParticipantDuplicatesAllowed) {
		List<RowChange> delivered = new ArrayList<>(stream);
		boolean late = false;
		for (DuplicatePlan duplicate : duplicates) {
			int source = duplicate.sourcePercent() * delivered.size() / 100;
			RowChange event = delivered.get(source);
			int close = closeIndexOfSessionOf(delivered, event);
			int last = lateParticipantDuplicatesAllowed ? delivered.size() : Math.min(close, delivered.size());
			int target = source + 1 + duplicate.targetPercent() * (last - source) / 100;
			delivered.add(target, event);
			late |= target > close;
		}
		return new Scenario(delivered, late);
	}

	/**
	 * Where the session of a participant event is first closed.
	 * @return the index of the close, or {@link Integer#MAX_VALUE} for any other event or
	 * a session that stays open
	 */
	private static int closeIndexOfSessionOf(List<RowChange> delivered, RowChange event) {
		if (!(event instanceof ParticipantChanged participant)) {
			return Integer.MAX_VALUE;
		}
		for (int index = 0; index < delivered.size(); index++) {
			if (delivered.get(index) instanceof LiveSessionChanged session
					&& session.sessionId() == participant.sessionId() && session.closedAt() != null) {
				return index;
			}
		}
		return Integer.MAX_VALUE;
	}

}
