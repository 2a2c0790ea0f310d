package io.plrlive.gateway.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.FluxSink.OverflowStrategy;

import io.plrlive.contracts.board.BoardId;
import io.plrlive.contracts.json.JsonSerde;
import io.plrlive.contracts.stream.StreamEvents;
import io.plrlive.contracts.stream.StreamViewer;
import io.plrlive.contracts.stream.ViewerCount;
import io.plrlive.gateway.access.Viewer;
import io.plrlive.gateway.cache.AchievementHoldings.Held;
import io.plrlive.gateway.cache.BoardCache;
import io.plrlive.gateway.cache.CachedBoard;

/**
 * One browser's stream. Changes mark {@link Slot slots}; a slot is rendered from the
 * latest state only when the browser's connection asks for more, so a browser that reads
 * slowly receives the newest snapshots and never a backlog of old ones.
 */
final class Subscriber {

	private static final Slot[] SLOTS = Slot.values();

	private static final int INITIAL = Slot.VIEWER.bit() | Slot.LIVE.bit() | Slot.SEASONAL.bit() | Slot.ALL_TIME.bit()
			| Slot.ACHIEVEMENTS.bit() | Slot.VIEWERS.bit();

	private final Viewer viewer;

	private final long courseInstanceId;

	private final long courseId;

	private final Context context;

	private ResumePoint sent;

	private FluxSink<ByteBuf> sink;

	private int pending = INITIAL;

	private long pendingSinceNanos;

	private long lastSentNanos;

	private boolean draining;

	private boolean drainAgain;

	private boolean closed;

	private int viewersSent = -1;

	Subscriber(Viewer viewer, long courseInstanceId, long courseId, Optional<ResumePoint> resumeFrom, Context context) {
		this.viewer = viewer;
		this.courseInstanceId = courseInstanceId;
		this.courseId = courseId;
		this.context = context;
		this.sent = resumeFrom.orElseGet(() -> ResumePoint.start(courseInstanceId));
		this.pendingSinceNanos = context.nanoTime();
		this.lastSentNanos = this.pendingSinceNanos;
	}

	Viewer viewer() {
		return this.viewer;
	}

	long courseInstanceId() {
		return this.courseInstanceId;
	}

	/**
	 * The stream's events; subscribing starts it.
	 * @param onStart run when the stream starts, before its first event
	 * @param onEnd run once when the stream ends, however it ends
	 * @return the frames
	 */
	Flux<ByteBuf> events(Runnable onStart, Runnable onEnd) {
		// Frames are emitted only as requested (drain), by one thread at a time: the sink
		// needs neither a buffer of its own nor serialisation.
		return Flux.push((FluxSink<ByteBuf> newSink) -> {
			onStart.run();
			synchronized (this) {
				this.sink = newSink;
			}
			newSink.onRequest((n) -> drain());
			newSink.onDispose(() -> {
				synchronized (this) {
					this.closed = true;
				}
				onEnd.run();
			});
			drain();
		}, OverflowStrategy.IGNORE);
	}

	/**
	 * Marks something to send.
	 * @param slot what changed
	 */
	void mark(Slot slot) {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			if ((this.pending & slot.bit()) != 0) {
				if (slot != Slot.HEARTBEAT && slot != Slot.VIEWERS) {
					this.context.metrics().conflated();
				}
			}
			else {
				if (this.pending == 0) {
					this.pendingSinceNanos = this.context.nanoTime();
				}
				this.pending |= slot.bit();
			}
		}
		drain();
	}

	/**
	 * Sends a heartbeat when nothing was sent for a while.
	 * @param idle how long without a frame calls for one
	 */
	void heartbeatIfIdle(Duration idle) {
		boolean due;
		synchronized (this) {
			due = this.pending == 0 && this.context.nanoTime() - this.lastSentNanos >= idle.toNanos();
		}
		if (due) {
			mark(Slot.HEARTBEAT);
		}
	}

	/**
	 * Whether a change has waited longer than allowed for this browser to read.
	 * @param maxLag the allowed wait
	 * @return true if the subscriber stays behind
	 */
	synchronized boolean behind(Duration maxLag) {
		return !this.closed && this.pending != 0 && this.context.nanoTime() - this.pendingSinceNanos > maxLag.toNanos();
	}

	/**
	 * Closes the stream of a browser that stays behind.
	 */
	void disconnect() {
		FluxSink<ByteBuf> current;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			current = this.sink;
		}
		if (current != null) {
			current.error(new SlowSubscriberException(this.courseInstanceId));
		}
	}

	private void drain() {
		synchronized (this) {
			if (this.sink == null || this.closed) {
				return;
			}
			if (this.draining) {
				this.drainAgain = true;
				return;
			}
			this.draining = true;
			try {
				do {
					this.drainAgain = false;
					while (this.pending != 0 && !this.closed && this.sink.requestedFromDownstream() > 0) {
						Slot slot = SLOTS[Integer.numberOfTrailingZeros(this.pending)];
						this.pending &= ~slot.bit();
						ByteBuf frame = render(slot);
						if (frame != null) {
							this.lastSentNanos = this.context.nanoTime();
							this.context.metrics().eventSent();
							this.sink.next(frame);
						}
						if (slot == Slot.RECONNECT) {
							this.closed = true;
							this.sink.complete();
						}
					}
				}
				while (this.drainAgain);
				if (this.pending != 0) {
					return;
				}
				this.pendingSinceNanos = this.context.nanoTime();
			}
			finally {
				this.draining = false;
			}
		}
	}

	private ByteBuf render(Slot slot) {
		return switch (slot) {
			case VIEWER -> SseFrames.event(null, StreamEvents.VIEWER, json(
					new StreamViewer(this.viewer.handle(), this.viewer.role(), this.courseId, this.courseInstanceId)),
					this.context.retry());
			case LIVE, SEASONAL, ALL_TIME -> board(slot);
			case ACHIEVEMENTS -> achievements();
			case VIEWERS -> viewers();
			case HEARTBEAT -> SseFrames.heartbeat();
			case RECONNECT -> SseFrames.event(null, StreamEvents.RECONNECT, "{}".getBytes(), this.context.retry());
		};
	}

	private ByteBuf board(Slot slot) {
		BoardId id = switch (slot) {
			case LIVE -> BoardId.live(this.courseInstanceId);
			case SEASONAL -> BoardId.seasonal(this.courseInstanceId);
			default -> BoardId.allTime(this.courseId);
		};
		Optional<CachedBoard> board = this.context.cache().board(id);
		if (board.isEmpty() || board.get().version() <= this.sent.version(slot)) {
			return null;
		}
		this.sent = this.sent.withVersion(slot, board.get().version());
		this.context.metrics().delivered(Duration.between(board.get().appendedAt(), this.context.clock().instant()));
		return SseFrames.event(this.sent.eventId(), StreamEvents.BOARD, board.get().json(), null);
	}

	// Sent only when the count differs from the last one sent: a stream that has just
	// started may be told of its own arrival twice, by its first frames and by the hub.
	private ByteBuf viewers() {
		int viewers = this.context.viewerCount(this.courseInstanceId);
		if (viewers == this.viewersSent) {
			return null;
		}
		this.viewersSent = viewers;
		return SseFrames.event(null, StreamEvents.VIEWERS, json(new ViewerCount(this.courseInstanceId, viewers)), null);
	}

	private ByteBuf achievements() {
		Held held = this.context.cache().achievements().of(this.courseInstanceId, this.viewer.handle());
		if (held.stamp().equals(this.sent.achievementsStamp())) {
			return null;
		}
		this.sent = this.sent.withAchievements(held.stamp());
		return SseFrames.event(this.sent.eventId(), StreamEvents.ACHIEVEMENTS, json(held.achievements()), null);
	}

	private static byte[] json(Object value) {
		return JsonSerde.mapper().writeValueAsBytes(value);
	}

	/**
	 * What every subscriber of a replica shares.
	 *
	 * @param cache the board cache
	 * @param hub the viewer counts
	 * @param metrics the stream meters
	 * @param retry the reconnection delay announced
	 * @param clock the wall clock, for delivery latency
	 */
	record Context(BoardCache cache, StreamHub hub, StreamMetrics metrics, Duration retry, Clock clock) {

		long nanoTime() {
			return System.nanoTime();
		}

		int viewerCount(long courseInstanceId) {
			return this.hub.viewerCount(courseInstanceId);
		}

	}

}
