package nl.omgekeerdetoets.cases;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CaseEditors} in one statement, in the caller's transaction. */
class CaseEditorsImpl implements CaseEditors {

	private final JdbcClient jdbc;

	CaseEditorsImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addEditor(long caseId, long accountId) {
		this.jdbc.sql("insert into case_editor (case_id, account_id) values (?, ?) on conflict do nothing")
			.params(caseId, accountId)
			.update();
	}

}
