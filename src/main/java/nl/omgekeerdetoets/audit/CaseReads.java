package nl.omgekeerdetoets.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Who read which case, logged without holding the page (issue 14): a read is noted in
 * memory and written in one batch every few seconds (and at shutdown), so that a case
 * page sends no statement for it and never fails because of it. The owner's own reads are
 * grouped per case, person and day ({@code case_own_read}); anyone else's read is one
 * line of the audit log, as {@link AuditLog} would write it. A batch that cannot be
 * written (in one transaction: all of it or nothing) is reported (the log, by class only,
 * and the counter {@code ot_access_log_failures_total}) and kept for the next turn.
 */
@Component
public class CaseReads {

	private static final Logger log = LoggerFactory.getLogger(CaseReads.class);

	/** The action of another person's read in the audit log. */
	public static final String CASE_READ = "CASE_READ";

	private static final String UPSERT_OWN = """
			insert into case_own_read (case_id, reference, actor, day, times, first_at, last_at)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (case_id, actor, day) do update
			set times = case_own_read.times + excluded.times, last_at = greatest(case_own_read.last_at, excluded.last_at)
			""";

	private static final String INSERT_OTHER = """
			insert into audit_event (occurred_at, actor, action, subject_type, subject_id, subject_label, detail)
			values (?, ?, ?, 'CASE', ?, ?, ?)
			""";

	private final Map<Key, Count> own = new ConcurrentHashMap<>();

	private final Queue<OtherRead> others = new ConcurrentLinkedQueue<>();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Counter failures;

	private final TransactionOperations transaction;

	CaseReads(JdbcTemplate jdbc, TransactionOperations transaction, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.failures = Counter.builder("ot.access.log.failures")
			.description("Batches of case reads that could not be written to the access log (kept and retried)")
			.register(meters);
		meters.gauge("ot.access.log.pending", this, (reads) -> reads.own.size() + reads.others.size());
	}

	/** Counts a read of the case by its owner on this day. */
	public void own(long caseId, String reference, String actor, LocalDate day, Instant at) {
		this.own.merge(new Key(caseId, actor, day), new Count(reference, 1, at, at), Count::plus);
	}

	/**
	 * Notes a read of the case by someone other than its owner, by the signed-in user,
	 * now.
	 * @param detail the role and page, never case text
	 */
	public void other(long caseId, String reference, String detail) {
		other(CASE_READ, caseId, reference, detail);
	}

	/**
	 * Notes another read of the case's content by the signed-in user, now, under its own
	 * action (a list that showed other consultants' cases, for one).
	 * @param detail what was shown, by reference, never case text
	 */
	public void other(String action, long caseId, String reference, String detail) {
		String shortened = (detail.length() <= 500) ? detail : detail.substring(0, 497) + "...";
		this.others.add(new OtherRead(action, this.clock.instant(), currentActor(), caseId, reference, shortened));
	}

	/** Writes what was noted so far; for the schedule, shutdown and tests. */
	@Scheduled(fixedDelayString = "${ot.access.flush-every:PT5S}")
	@PreDestroy
	public void flush() {
		flushOwn();
		flushOthers();
	}

	private void flushOwn() {
		List<Map.Entry<Key, Count>> batch = new ArrayList<>();
		for (Key key : List.copyOf(this.own.keySet())) {
			Count count = this.own.remove(key);
			if (count != null) {
				batch.add(Map.entry(key, count));
			}
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(
					(status) -> this.jdbc.batchUpdate(UPSERT_OWN, batch, batch.size(), (statement, entry) -> {
						statement.setLong(1, entry.getKey().caseId());
						statement.setString(2, entry.getValue().reference());
						statement.setString(3, entry.getKey().actor());
						statement.setObject(4, entry.getKey().day());
						statement.setInt(5, entry.getValue().times());
						statement.setTimestamp(6, Timestamp.from(entry.getValue().first()));
						statement.setTimestamp(7, Timestamp.from(entry.getValue().last()));
					}));
		}
		catch (RuntimeException ex) {
			batch.forEach((entry) -> this.own.merge(entry.getKey(), entry.getValue(), Count::plus));
			reportFailure(batch.size(), "grouped own reads", ex);
		}
	}

	private void flushOthers() {
		List<OtherRead> batch = new ArrayList<>();
		for (OtherRead read = this.others.poll(); read != null; read = this.others.poll()) {
			batch.add(read);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.transaction.executeWithoutResult(
					(status) -> this.jdbc.batchUpdate(INSERT_OTHER, batch, batch.size(), (statement, read) -> {
						statement.setTimestamp(1, Timestamp.from(read.at()));
						statement.setString(2, read.actor());
						statement.setString(3, read.action());
						statement.setLong(4, read.caseId());
						statement.setString(5, read.reference());
						statement.setString(6, read.detail());
					}));
		}
		catch (RuntimeException ex) {
			this.others.addAll(batch);
			reportFailure(batch.size(), "reads by others", ex);
		}
	}

	private void reportFailure(int size, String what, RuntimeException ex) {
		this.failures.increment();
		// By class only, as every failure in this app's log: the message could quote a
		// row.
		log.error("Could not write {} {} to the access log; kept for the next turn: {}", size, what,
				ex.getClass().getSimpleName());
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: AuditLog.SYSTEM;
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

	private record OtherRead(String action, Instant at, String actor, long caseId, String reference, String detail) {
	}

}
