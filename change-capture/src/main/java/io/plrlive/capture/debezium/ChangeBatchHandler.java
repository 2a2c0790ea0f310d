package io.plrlive.capture.debezium;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;

import io.plrlive.capture.mapping.CapturePath;
import io.plrlive.capture.mapping.UnmappableRowException;
import io.plrlive.capture.publish.ChangePublisher;

/**
 * Publishes each batch the engine delivers and marks it processed only once Kafka has
 * acknowledged every record of it. If Kafka does not, the batch fails, the engine stops
 * without committing its offsets, and the rebuilt engine delivers the batch again: at
 * least once, never lost.
 */
final class ChangeBatchHandler implements DebeziumEngine.ChangeConsumer<ChangeEvent<String, String>> {

	private final ChangePublisher publisher;

	private final Duration acknowledgementTimeout;

	ChangeBatchHandler(ChangePublisher publisher, Duration acknowledgementTimeout) {
		this.publisher = publisher;
		this.acknowledgementTimeout = acknowledgementTimeout;
	}

	@Override
	public void handleBatch(List<ChangeEvent<String, String>> records,
			DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer) throws InterruptedException {
		List<CompletableFuture<Void>> sends = new ArrayList<>(records.size());
		for (ChangeEvent<String, String> record : records) {
			sends.add(publish(record));
		}
		awaitAcknowledgements(sends, records.size());
		for (ChangeEvent<String, String> record : records) {
			committer.markProcessed(record);
		}
		committer.markBatchFinished();
	}

	private CompletableFuture<Void> publish(ChangeEvent<String, String> record) {
		try {
			return ChangeEnvelope.read(record.value())
				.map(this.publisher::publish)
				.orElseGet(() -> CompletableFuture.completedFuture(null));
		}
		catch (UnmappableRowException ex) {
			return this.publisher.deadLetter(CapturePath.CDC, "cdc:" + record.destination(), null, ex.getMessage(),
					record.value());
		}
	}

	private void awaitAcknowledgements(List<CompletableFuture<Void>> sends, int size) throws InterruptedException {
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(
					"Kafka refused part of a batch of " + size + " changes; it will be delivered again", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge a batch of " + size + " changes within "
					+ this.acknowledgementTimeout + "; it will be delivered again", ex);
		}
	}

}
