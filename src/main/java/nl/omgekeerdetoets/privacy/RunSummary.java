package nl.omgekeerdetoets.privacy;

import java.time.Instant;

/**
 * A retention run as the admin sees it.
 *
 * @param id the run
 * @param startedAt when it started
 * @param finishedAt when it finished, null while running or when it was killed
 * @param startedBy {@code system} for the nightly run, else the admin's username
 * @param outcome RUNNING, DONE, WAITING_FOR_CONFIRMATION or INTERRUPTED
 * @param deleted how many cases it deleted
 * @param failed how many it could not delete
 * @param accessLinesDeleted how many lines of the access log it deleted
 */
record RunSummary(long id, Instant startedAt, Instant finishedAt, String startedBy, String outcome, int deleted,
		int failed, long accessLinesDeleted) {

	public String outcomeKey() {
		return "retention.run.outcome." + this.outcome;
	}

}
