package nl.omgekeerdetoets.cases;

/**
 * The closed answers the four steps ask for. Each has a message key
 * {@code choice.<Type>.<NAME>}.
 */
public final class Choices {

	private Choices() {
	}

	/** Does the desired effect fall within the goals of the law? */
	public enum WithinGoals {

		YES, PARTLY, NO

	}

	public enum SolutionKind {

		QUICK_FIX, SUSTAINABLE

	}

	/**
	 * The decision step 4 records: granted as asked, maatwerk (different from the
	 * question, serving the effect), granted in part, or refused.
	 */
	public enum DecisionKind {

		GRANTED_AS_ASKED, MAATWERK, PARTLY_GRANTED, REFUSED;

		/**
		 * A refusal, whole or in part, is explained to the resident on the phone before
		 * the letter goes: "bel eerst voordat je een afwijzingsbrief stuurt".
		 */
		public boolean needsCall() {
			return this == PARTLY_GRANTED || this == REFUSED;
		}

	}

	/**
	 * Why a case was withdrawn before it was decided: a fixed list, so that nothing about
	 * the resident is written in free text.
	 */
	public enum WithdrawalReason {

		RESIDENT_WITHDREW, SOLVED_OTHERWISE, MOVED_AWAY, DECEASED, OTHER

	}

	/** Another department or organisation a case involves (step 4). */
	public enum PartyKind {

		SPATIAL_PLANNING, HOUSING, ENFORCEMENT, WORK_AND_INCOME, HOUSING_CORPORATION, SCHOOL, CARE_PROVIDER, OTHER

	}

	/** The values at stake in step 3. */
	public enum Value {

		AUTONOMY, EQUAL_TREATMENT, PROPORTIONALITY, SOLIDARITY, SAFETY

	}

	public enum Scenario {

		WITHOUT_MAATWERK, WITH_MAATWERK

	}

	/**
	 * What stood in the way of the solution (step 4). Who pays a cost line is not here:
	 * the price list's {@link nl.omgekeerdetoets.prices.Payer} is the one list of payers.
	 */
	public enum ObstacleKind {

		LAW, POLICY_RULE, WORK_PROCESS, CULTURE

	}

	public enum Outcome {

		REACHED, PARTLY, NOT_REACHED

	}

}
