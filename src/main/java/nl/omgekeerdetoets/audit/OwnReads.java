package nl.omgekeerdetoets.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The owner's own reads of their cases, grouped per case, person and day. A read is
 * counted in memory and written in one batch every few seconds (and at shutdown), so that
 * the owner's pages, the ones opened most, send no statement for it and never fail
 * because of it. A batch that cannot be written is reported in the log and kept for the
 * next turn.
 */
@Component
public class OwnReads {

	private static final Logger log = LoggerFactory.getLogger(OwnReads.class);

	private static final String UPSERT = """
			insert into case_own_read (case_id, reference, actor, day, times, first_at, last_at)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (case_id, actor, day) do update
			set times = case_own_read.times + excluded.times, last_at = greatest(case_own_read.last_at, excluded.last_at)
			""";

	private final Map<Key, Count> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	OwnReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a read of the case by its owner on this day. */
	public void note(long caseId, String reference, String actor, LocalDate day, Instant at) {
		this.pending.merge(new Key(caseId, actor, day), new Count(reference, 1, at, at), Count::plus);
	}

	/** Writes what was counted so far; for the schedule, shutdown and tests. */
	@Scheduled(fixedDelayString = "${ot.access.flush-every:PT10S}")
	@PreDestroy
	public void flush() {
		List<Map.Entry<Key, Count>> batch = new ArrayList<>();
		for (Key key : List.copyOf(this.pending.keySet())) {
			Count count = this.pending.remove(key);
			if (count != null) {
				batch.add(Map.entry(key, count));
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.jdbc.batchUpdate(UPSERT, batch, batch.size(), (statement, entry) -> {
				statement.setLong(1, entry.getKey().caseId());
				statement.setString(2, entry.getValue().reference());
				statement.setString(3, entry.getKey().actor());
				statement.setObject(4, entry.getKey().day());
				statement.setInt(5, entry.getValue().times());
				statement.setTimestamp(6, Timestamp.from(entry.getValue().first()));
				statement.setTimestamp(7, Timestamp.from(entry.getValue().last()));
			});
		}
		catch (RuntimeException ex) {
			// Kept for the next turn; by class only, as every failure in this app's log.
			batch.forEach((entry) -> this.pending.merge(entry.getKey(), entry.getValue(), Count::plus));
			log.error("Could not write {} grouped own reads to the access log: {}", batch.size(),
					ex.getClass().getSimpleName());
		}
	}

	private record Key(long caseId, String actor, LocalDate day) {
	}

	private record Count(String reference, int times, Instant first, Instant last) {

		Count plus(Count other) {
			return new Count(this.reference, this.times + other.times,
					this.first.isBefore(other.first) ? this.first : other.first,
					this.last.isAfter(other.last) ? this.last : other.last);
		}

	}

}
