package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceQuote;
import nl.omgekeerdetoets.shared.NoBsn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * Step 4, from preconditions to action: the solution and its kind, the decision and (for
 * a refusal, whole or in part) the call that explained it to the resident first, the
 * other departments and organisations involved, the step plan, procesregie, the legal
 * ground, the proportionality check, the cost comparison, the obstacles met (see
 * {@link ActionStep} for why they are here) and the evaluation date.
 *
 * <p>
 * An action of the plan may be owned by one of the parties: it names the party's row
 * ({@link ActionRow#getParty()}), and removing a party's row renumbers the actions that
 * name the rows after it ({@link #rowRemoved}).
 *
 * <p>
 * A cost row is either an item of the price list times a quantity a year, or a free
 * amount a year. The price of an item is never taken from the browser: the server fills
 * it in ({@link #price}), from the price the case's line already kept for that item, else
 * from the price list on the day the case was opened ({@link CaseFile#pricingDay}).
 */
class ActionStepForm extends StepForm {

	static final List<StepField> FIELDS = List.of(StepField.of("solution", "action.solution"),
			StepField.group("solutionKind", "action.solutionKind", "solutionKind", "solutionKind",
					"solutionKindReason"),
			StepField.group("decision", "action.decision", "decisionKind", "decisionKind", "decisionDate"),
			StepField.group("call", "action.call", "called", "called", "callAnswered", "callDate", "callDateGiven",
					"callWith", "callWithGiven", "callAgreed", "callAgreedGiven", "noCallReason", "noCallReasonGiven"),
			StepField.group("parties", "party.title", "parties", "parties"),
			StepField.group("actions", "action.plan", "actions0.description", "actions"),
			StepField.group("processCoordination", "action.processCoordination", "processCoordinationNeeded",
					"processCoordinationNeeded", "processCoordinator", "processCoordinatorNamed"),
			StepField.of("legalGround", "action.legalGround"),
			StepField.group("proportionality", "action.proportionality", "proportionalitySuitable",
					"proportionalitySuitable", "proportionalityNecessary", "proportionalityBalanced"),
			StepField.group("costs", "cost.title", "costs", "costs"),
			StepField.group("obstacles", "obstacle.title", "obstacles", "obstacles"),
			StepField.of("evaluationDate", "action.evaluationDate"));

	@NotBlank(groups = Complete.class, message = "{gap.solution}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solution;

	@NotNull(groups = Complete.class, message = "{gap.solutionKind}")
	private Choices.SolutionKind solutionKind;

	@NotBlank(groups = Complete.class, message = "{gap.solutionKindReason}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String solutionKindReason;

	@NotNull(groups = Complete.class, message = "{gap.decisionKind}")
	private Choices.DecisionKind decisionKind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decisionDate;

	private Boolean called;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate callDate;

	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String callWith;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String callAgreed;

	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String noCallReason;

	private List<@Valid PartyRow> parties = new ArrayList<>();

	@NotEmpty(groups = Complete.class, message = "{gap.actions}")
	private List<@Valid ActionRow> actions = new ArrayList<>();

	@NotNull(groups = Complete.class, message = "{gap.processCoordination}")
	private Boolean processCoordinationNeeded;

	@Size(max = 150, message = "{validation.size}")
	@NoBsn
	private String processCoordinator;

	@NotBlank(groups = Complete.class, message = "{gap.legalGround}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String legalGround;

	@NotBlank(groups = Complete.class, message = "{gap.suitable}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalitySuitable;

	@NotBlank(groups = Complete.class, message = "{gap.necessary}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityNecessary;

	@NotBlank(groups = Complete.class, message = "{gap.balanced}")
	@Size(max = 4000, message = "{validation.size}")
	@NoBsn
	private String proportionalityBalanced;

	private List<@Valid CostRow> costs = new ArrayList<>();

	private List<@Valid ObstacleRow> obstacles = new ArrayList<>();

	@NotNull(groups = Complete.class, message = "{gap.evaluationDate}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluationDate;

	@Override
	void load(CaseFile caseFile) {
		ActionStep step = caseFile.getAction();
		this.solution = step.getSolution();
		this.solutionKind = step.getSolutionKind();
		this.solutionKindReason = step.getSolutionKindReason();
		this.decisionKind = step.getDecisionKind();
		this.decisionDate = step.getDecisionDate();
		this.called = step.getCalled();
		this.callDate = step.getCallDate();
		this.callWith = step.getCallWith();
		this.callAgreed = step.getCallAgreed();
		this.noCallReason = step.getNoCallReason();
		step.getParties()
			.forEach((p) -> this.parties.add(new PartyRow(p.getKind(), p.getName(), p.getContact(), p.getAgreement())));
		step.getActions().forEach((a) -> {
			ActionRow row = new ActionRow(a.getDescription(), a.getOwner(), a.getDueDate());
			row.setParty(a.getPartyIndex());
			this.actions.add(row);
		});
		this.processCoordinationNeeded = step.getProcessCoordinationNeeded();
		this.processCoordinator = step.getProcessCoordinator();
		this.legalGround = step.getLegalGround();
		this.proportionalitySuitable = step.getProportionalitySuitable();
		this.proportionalityNecessary = step.getProportionalityNecessary();
		this.proportionalityBalanced = step.getProportionalityBalanced();
		for (CostLine line : step.getCosts()) {
			CostRow row = new CostRow(line.getScenario(), line.getPayer(), line.getDescription(),
					line.getAmountPerYear(), line.getYears());
			row.priceItemId = line.getPriceItemId();
			row.quantityPerYear = line.getQuantityPerYear();
			row.price = line.keptPrice();
			this.costs.add(row);
		}
		step.getObstacles()
			.forEach((o) -> this.obstacles.add(new ObstacleRow(o.getKind(), o.getDescription(), o.getLesson())));
		this.evaluationDate = step.getEvaluationDate();
	}

	@Override
	void addOptions(Model model, LawLibrary library) {
		model.addAttribute("solutionKinds", Choices.SolutionKind.values());
		model.addAttribute("decisionKinds", Choices.DecisionKind.values());
		model.addAttribute("partyKinds", Choices.PartyKind.values());
		model.addAttribute("scenarios", Choices.Scenario.values());
		model.addAttribute("payers", Payer.values());
		model.addAttribute("obstacleKinds", Choices.ObstacleKind.values());
		model.addAttribute("costComparison", costComparison());
	}

	/** The checks across fields below point at the input that answers them. */
	private static final Map<String, String> CHECKED_INPUTS = Map.of("processCoordinatorNamed", "processCoordinator",
			"callAnswered", "called", "callDateGiven", "callDate", "callWithGiven", "callWith", "callAgreedGiven",
			"callAgreed", "noCallReasonGiven", "noCallReason");

	@Override
	String anchorOf(String property) {
		if (property.endsWith(".namedWhenOther")) {
			return super.anchorOf(property.replace(".namedWhenOther", ".name"));
		}
		return CHECKED_INPUTS.containsKey(property) ? CHECKED_INPUTS.get(property) : super.anchorOf(property);
	}

	/** Procesregie, when needed, needs someone who has it. */
	@AssertTrue(groups = Complete.class, message = "{gap.processCoordinator}")
	boolean isProcessCoordinatorNamed() {
		return !Boolean.TRUE.equals(this.processCoordinationNeeded) || this.processCoordinator != null;
	}

	/**
	 * Whether this decision asks for the call: a refusal, whole or in part. Public for
	 * the step page, which asks for the call when it does.
	 */
	public boolean isCallNeeded() {
		return this.decisionKind != null && this.decisionKind.needsCall();
	}

	/** A refusal, whole or in part, says whether the resident was called first. */
	@AssertTrue(groups = Complete.class, message = "{gap.called}")
	boolean isCallAnswered() {
		return !isCallNeeded() || this.called != null;
	}

	/** A call made is recorded: when, with whom, and what was agreed. */
	@AssertTrue(groups = Complete.class, message = "{gap.callDate}")
	boolean isCallDateGiven() {
		return !callMade() || this.callDate != null;
	}

	@AssertTrue(groups = Complete.class, message = "{gap.callWith}")
	boolean isCallWithGiven() {
		return !callMade() || this.callWith != null;
	}

	@AssertTrue(groups = Complete.class, message = "{gap.callAgreed}")
	boolean isCallAgreedGiven() {
		return !callMade() || this.callAgreed != null;
	}

	/** A call not made says why not. */
	@AssertTrue(groups = Complete.class, message = "{gap.noCallReason}")
	boolean isNoCallReasonGiven() {
		return !(isCallNeeded() && Boolean.FALSE.equals(this.called)) || this.noCallReason != null;
	}

	private boolean callMade() {
		return isCallNeeded() && Boolean.TRUE.equals(this.called);
	}

	@Override
	Step step() {
		return Step.ACTION;
	}

	@Override
	List<StepField> fields() {
		return FIELDS;
	}

	@Override
	void applyTo(CaseFile caseFile) {
		// Blank party rows are left out: the actions name the rows kept, by their new
		// position.
		List<Party> involved = new ArrayList<>();
		Map<Integer, Integer> kept = new HashMap<>();
		for (int i = 0; i < this.parties.size(); i++) {
			PartyRow row = this.parties.get(i);
			if (!row.isBlank()) {
				kept.put(i, involved.size());
				involved.add(new Party(row.getKind(), row.getName(), row.getContact(), row.getAgreement()));
			}
		}
		List<PlannedAction> plan = this.actions.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new PlannedAction(row.getDescription(), row.getOwner(), row.getDueDate(),
					(row.getParty() != null) ? kept.get(row.getParty()) : null))
			.toList();
		List<CostLine> lines = this.costs.stream().filter((row) -> !row.isBlank()).map((row) -> {
			if (row.getPriceItemId() != null && row.getPrice() == null) {
				throw new IllegalStateException("A priced row reached the case without its price");
			}
			return row.toLine();
		}).toList();
		List<Obstacle> met = this.obstacles.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> new Obstacle(row.getKind(), row.getDescription(), row.getLesson()))
			.toList();
		caseFile.getAction()
			.update(this.solution, this.solutionKind, this.solutionKindReason, plan, this.processCoordinationNeeded,
					this.processCoordinator, this.legalGround, this.proportionalitySuitable,
					this.proportionalityNecessary, this.proportionalityBalanced, lines, met, this.evaluationDate);
		caseFile.getAction()
			.decide(this.decisionKind, this.decisionDate, this.called, this.callDate, this.callWith, this.callAgreed,
					this.noCallReason);
		caseFile.getAction().involve(involved);
	}

	/**
	 * Fills in the price of every row with an item: the price the case's lines already
	 * kept for that item (a line keeps the price it was made with), else the one the
	 * price list gives. Answers the paths of the rows for which neither has a price.
	 */
	@Override
	List<String> price(CaseFile caseFile, Function<Long, Optional<ItemPrice>> priceList) {
		Map<Long, ItemPrice> kept = new HashMap<>();
		for (CostLine line : caseFile.getAction().getCosts()) {
			if (line.isPriced()) {
				kept.putIfAbsent(line.getPriceItemId(), line.keptPrice());
			}
		}
		List<String> unpriced = new ArrayList<>();
		for (int i = 0; i < this.costs.size(); i++) {
			CostRow row = this.costs.get(i);
			if (row.getPriceItemId() == null) {
				row.price = null;
				continue;
			}
			ItemPrice price = kept.get(row.getPriceItemId());
			if (price == null) {
				price = priceList.apply(row.getPriceItemId()).orElse(null);
			}
			row.price = price;
			if (price == null) {
				unpriced.add("costs[" + i + "].priceItemId");
			}
			else if (row.getPayer() == null && price.payer() != null) {
				// The item says who pays it; the consultant may choose another payer.
				row.setPayer(price.payer());
			}
		}
		return unpriced;
	}

	/**
	 * The items a row may choose, grouped by payer in the payers' order: those with a
	 * price on the case's day, and after them any item the case's lines kept a price for
	 * that is no longer on the list (retired), so that saving again does not lose it.
	 */
	static List<PriceGroup> priceGroups(List<PriceQuote> quotes, CaseFile caseFile) {
		Map<Payer, List<ItemPrice>> byPayer = new EnumMap<>(Payer.class);
		Set<Long> listed = new HashSet<>();
		for (PriceQuote quote : quotes) {
			byPayer.computeIfAbsent(quote.payer(), (payer) -> new ArrayList<>()).add(ItemPrice.of(quote));
			listed.add(quote.itemId());
		}
		List<PriceGroup> groups = new ArrayList<>();
		byPayer.forEach((payer, items) -> groups.add(new PriceGroup(payer, items)));
		List<ItemPrice> keptOnly = new ArrayList<>();
		for (CostLine line : caseFile.getAction().getCosts()) {
			if (line.isPriced() && listed.add(line.getPriceItemId())) {
				keptOnly.add(line.keptPrice());
			}
		}
		if (!keptOnly.isEmpty()) {
			groups.add(new PriceGroup(null, keptOnly));
		}
		return groups;
	}

	/**
	 * Items of the price list for the select of a cost row.
	 *
	 * @param payer who pays these items, or null for the items only the case still keeps
	 * @param items the items with their price
	 */
	public record PriceGroup(Payer payer, List<ItemPrice> items) {

	}

	/**
	 * What Bean Validation cannot see: the fields of a cost row that exclude each other.
	 */
	@Override
	void check(Errors errors) {
		for (int i = 0; i < this.actions.size(); i++) {
			Integer party = this.actions.get(i).getParty();
			if (party != null && (party < 0 || party >= this.parties.size())) {
				// Only a stale page or a crafted request names a party that is not there.
				errors.rejectValue("actions[" + i + "].party", "action.party.unknown");
			}
		}
		for (int i = 0; i < this.costs.size(); i++) {
			CostRow row = this.costs.get(i);
			if (row.getPriceItemId() != null && row.getAmountPerYear() != null) {
				errors.rejectValue("costs[" + i + "].amountPerYear", "cost.amountOrItem");
			}
			if (row.getPriceItemId() == null && row.getQuantityPerYear() != null) {
				errors.rejectValue("costs[" + i + "].quantityPerYear", "cost.quantity.noItem");
			}
		}
	}

	@Override
	Map<String, List<?>> rows() {
		return Map.of("parties", this.parties, "actions", this.actions, "costs", this.costs, "obstacles",
				this.obstacles);
	}

	/**
	 * The actions owned by a removed party lose their party (the person stays), and those
	 * owned by a party after it follow it up one place.
	 */
	@Override
	void rowRemoved(String list, int index) {
		if (!list.equals("parties")) {
			return;
		}
		for (ActionRow action : this.actions) {
			Integer party = action.getParty();
			if (party != null && party == index) {
				action.setParty(null);
			}
			else if (party != null && party > index) {
				action.setParty(party - 1);
			}
		}
	}

	/**
	 * The parties an action may be owned by, for its select: the rows on the page with
	 * their position, named as the page shows them.
	 */
	public List<PartyOption> getPartyOptions() {
		List<PartyOption> options = new ArrayList<>();
		for (int i = 0; i < this.parties.size(); i++) {
			PartyRow row = this.parties.get(i);
			if (!row.isBlank()) {
				options.add(new PartyOption(i, row.getKind(), row.getName()));
			}
		}
		return options;
	}

	/**
	 * A party an action may be owned by.
	 *
	 * @param index its row's position
	 * @param kind its kind, or null when not chosen yet
	 * @param name its name, or null
	 */
	public record PartyOption(int index, Choices.PartyKind kind, String name) {
	}

	@Override
	void padRows(String extraRowIn) {
		// No empty party row unless asked for: most cases involve no other department,
		// and an empty row would read as a question to answer.
		if ("parties".equals(extraRowIn)) {
			this.parties.add(new PartyRow());
		}
		int wantedActions = Math.max(1, this.actions.size() + ("actions".equals(extraRowIn) ? 1 : 0));
		while (this.actions.size() < wantedActions) {
			this.actions.add(new ActionRow());
		}
		int wantedCosts = Math.max(2, this.costs.size() + ("costs".equals(extraRowIn) ? 1 : 0));
		while (this.costs.size() < wantedCosts) {
			// Offer one line per scenario, so the comparison is visible from the start.
			this.costs.add(new CostRow(
					(this.costs.size() % 2 == 0) ? Choices.Scenario.WITHOUT_MAATWERK : Choices.Scenario.WITH_MAATWERK,
					null, null, null, null));
		}
		int wantedObstacles = Math.max(1, this.obstacles.size() + ("obstacles".equals(extraRowIn) ? 1 : 0));
		while (this.obstacles.size() < wantedObstacles) {
			this.obstacles.add(new ObstacleRow());
		}
	}

	/** The comparison of what is typed now, including rows not yet saved. */
	CostComparison costComparison() {
		return CostComparison.of(this.costs.stream().filter((row) -> !row.isBlank()).map(CostRow::toLine).toList());
	}

	public String getSolution() {
		return this.solution;
	}

	public void setSolution(String solution) {
		this.solution = solution;
	}

	public Choices.SolutionKind getSolutionKind() {
		return this.solutionKind;
	}

	public void setSolutionKind(Choices.SolutionKind solutionKind) {
		this.solutionKind = solutionKind;
	}

	public String getSolutionKindReason() {
		return this.solutionKindReason;
	}

	public void setSolutionKindReason(String solutionKindReason) {
		this.solutionKindReason = solutionKindReason;
	}

	public Choices.DecisionKind getDecisionKind() {
		return this.decisionKind;
	}

	public void setDecisionKind(Choices.DecisionKind decisionKind) {
		this.decisionKind = decisionKind;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public Boolean getCalled() {
		return this.called;
	}

	public void setCalled(Boolean called) {
		this.called = called;
	}

	public LocalDate getCallDate() {
		return this.callDate;
	}

	public void setCallDate(LocalDate callDate) {
		this.callDate = callDate;
	}

	public String getCallWith() {
		return this.callWith;
	}

	public void setCallWith(String callWith) {
		this.callWith = callWith;
	}

	public String getCallAgreed() {
		return this.callAgreed;
	}

	public void setCallAgreed(String callAgreed) {
		this.callAgreed = callAgreed;
	}

	public String getNoCallReason() {
		return this.noCallReason;
	}

	public void setNoCallReason(String noCallReason) {
		this.noCallReason = noCallReason;
	}

	public List<PartyRow> getParties() {
		return this.parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = (parties != null) ? parties : new ArrayList<>();
	}

	public List<ActionRow> getActions() {
		return this.actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = (actions != null) ? actions : new ArrayList<>();
	}

	public Boolean getProcessCoordinationNeeded() {
		return this.processCoordinationNeeded;
	}

	public void setProcessCoordinationNeeded(Boolean processCoordinationNeeded) {
		this.processCoordinationNeeded = processCoordinationNeeded;
	}

	public String getProcessCoordinator() {
		return this.processCoordinator;
	}

	public void setProcessCoordinator(String processCoordinator) {
		this.processCoordinator = processCoordinator;
	}

	public String getLegalGround() {
		return this.legalGround;
	}

	public void setLegalGround(String legalGround) {
		this.legalGround = legalGround;
	}

	public String getProportionalitySuitable() {
		return this.proportionalitySuitable;
	}

	public void setProportionalitySuitable(String proportionalitySuitable) {
		this.proportionalitySuitable = proportionalitySuitable;
	}

	public String getProportionalityNecessary() {
		return this.proportionalityNecessary;
	}

	public void setProportionalityNecessary(String proportionalityNecessary) {
		this.proportionalityNecessary = proportionalityNecessary;
	}

	public String getProportionalityBalanced() {
		return this.proportionalityBalanced;
	}

	public void setProportionalityBalanced(String proportionalityBalanced) {
		this.proportionalityBalanced = proportionalityBalanced;
	}

	public List<CostRow> getCosts() {
		return this.costs;
	}

	public void setCosts(List<CostRow> costs) {
		this.costs = (costs != null) ? costs : new ArrayList<>();
	}

	public List<ObstacleRow> getObstacles() {
		return this.obstacles;
	}

	public void setObstacles(List<ObstacleRow> obstacles) {
		this.obstacles = (obstacles != null) ? obstacles : new ArrayList<>();
	}

	public LocalDate getEvaluationDate() {
		return this.evaluationDate;
	}

	public void setEvaluationDate(LocalDate evaluationDate) {
		this.evaluationDate = evaluationDate;
	}

	public static class ActionRow {

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

		@NotBlank(groups = Complete.class, message = "{gap.action.owner}")
		@Size(max = 150, message = "{validation.size}")
		@NoBsn
		private String owner;

		@NotNull(groups = Complete.class, message = "{gap.action.dueDate}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		/** The row of the party that owns the action, or null for the team itself. */
		private Integer party;

		public ActionRow() {
		}

		ActionRow(String description, String owner, LocalDate dueDate) {
			this.description = description;
			this.owner = owner;
			this.dueDate = dueDate;
		}

		boolean isBlank() {
			return this.description == null && this.owner == null && this.dueDate == null && this.party == null;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

		public Integer getParty() {
			return this.party;
		}

		public void setParty(Integer party) {
			this.party = party;
		}

	}

	public static class PartyRow {

		@NotNull(groups = Complete.class, message = "{gap.party.kind}")
		private Choices.PartyKind kind;

		@Size(max = 150, message = "{validation.size}")
		@NoBsn
		private String name;

		@NotBlank(groups = Complete.class, message = "{gap.party.contact}")
		@Size(max = 150, message = "{validation.size}")
		@NoBsn
		private String contact;

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String agreement;

		public PartyRow() {
		}

		PartyRow(Choices.PartyKind kind, String name, String contact, String agreement) {
			this.kind = kind;
			this.name = name;
			this.contact = contact;
			this.agreement = agreement;
		}

		boolean isBlank() {
			return this.kind == null && this.name == null && this.contact == null && this.agreement == null;
		}

		/** "Other" says which department or organisation. */
		@AssertTrue(groups = Complete.class, message = "{gap.party.name}")
		boolean isNamedWhenOther() {
			return this.kind != Choices.PartyKind.OTHER || this.name != null;
		}

		public Choices.PartyKind getKind() {
			return this.kind;
		}

		public void setKind(Choices.PartyKind kind) {
			this.kind = kind;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getContact() {
			return this.contact;
		}

		public void setContact(String contact) {
			this.contact = contact;
		}

		public String getAgreement() {
			return this.agreement;
		}

		public void setAgreement(String agreement) {
			this.agreement = agreement;
		}

	}

	public static class CostRow {

		private Choices.Scenario scenario;

		private Payer payer;

		/** The price list item, or null for a free amount. */
		private Long priceItemId;

		@DecimalMin(value = "0.00", message = "{cost.quantity.negative}")
		@Digits(integer = 8, fraction = 2, message = "{cost.quantity.digits}")
		private BigDecimal quantityPerYear;

		@Size(max = 300, message = "{validation.size}")
		@NoBsn
		private String description;

		@DecimalMin(value = "0.00", message = "{cost.amount.negative}")
		@Digits(integer = 10, fraction = 2, message = "{cost.amount.digits}")
		private BigDecimal amountPerYear;

		@Min(value = 1, message = "{cost.years.range}")
		@Max(value = 50, message = "{cost.years.range}")
		private Integer years;

		/** Filled in by the server, never bound from the request: it has no setter. */
		private ItemPrice price;

		public CostRow() {
		}

		CostRow(Choices.Scenario scenario, Payer payer, String description, BigDecimal amountPerYear, Integer years) {
			this.scenario = scenario;
			this.payer = payer;
			this.description = description;
			this.amountPerYear = amountPerYear;
			this.years = years;
		}

		/** A row priced from the price list, e.g. for the demo cases and tests. */
		static CostRow item(Choices.Scenario scenario, Payer payer, long priceItemId, BigDecimal quantityPerYear,
				Integer years, String description) {
			CostRow row = new CostRow(scenario, payer, description, null, years);
			row.priceItemId = priceItemId;
			row.quantityPerYear = quantityPerYear;
			return row;
		}

		/** A row with nothing but a preset scenario typed into it is left out. */
		boolean isBlank() {
			return this.payer == null && this.description == null && this.amountPerYear == null && this.years == null
					&& this.priceItemId == null && this.quantityPerYear == null;
		}

		/** The line this row makes; a priced row without its price yet counts as zero. */
		CostLine toLine() {
			if (this.priceItemId != null && this.price != null) {
				return CostLine.priced(this.scenario, this.payer, this.description, this.price, this.quantityPerYear,
						this.years);
			}
			return new CostLine(this.scenario, this.payer, this.description,
					(this.priceItemId != null) ? null : this.amountPerYear, this.years);
		}

		public Choices.Scenario getScenario() {
			return this.scenario;
		}

		public void setScenario(Choices.Scenario scenario) {
			this.scenario = scenario;
		}

		public Payer getPayer() {
			return this.payer;
		}

		public void setPayer(Payer payer) {
			this.payer = payer;
		}

		public Long getPriceItemId() {
			return this.priceItemId;
		}

		public void setPriceItemId(Long priceItemId) {
			this.priceItemId = priceItemId;
		}

		public BigDecimal getQuantityPerYear() {
			return this.quantityPerYear;
		}

		public void setQuantityPerYear(BigDecimal quantityPerYear) {
			this.quantityPerYear = quantityPerYear;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public BigDecimal getAmountPerYear() {
			return this.amountPerYear;
		}

		public void setAmountPerYear(BigDecimal amountPerYear) {
			this.amountPerYear = amountPerYear;
		}

		public Integer getYears() {
			return this.years;
		}

		public void setYears(Integer years) {
			this.years = years;
		}

		/** The price the server filled in for the item, or null. */
		public ItemPrice getPrice() {
			return this.price;
		}

		/** The amount a year of a priced row, as the comparison counts it, or null. */
		public BigDecimal getPricedYearly() {
			return (this.priceItemId != null && this.price != null && this.quantityPerYear != null) ? toLine().yearly()
					: null;
		}

	}

	public static class ObstacleRow {

		@NotNull(groups = Complete.class, message = "{gap.obstacle.kind}")
		private Choices.ObstacleKind kind;

		@NotBlank(groups = Complete.class, message = "{gap.obstacle.description}")
		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String description;

		@Size(max = 2000, message = "{validation.size}")
		@NoBsn
		private String lesson;

		public ObstacleRow() {
		}

		ObstacleRow(Choices.ObstacleKind kind, String description, String lesson) {
			this.kind = kind;
			this.description = description;
			this.lesson = lesson;
		}

		boolean isBlank() {
			return this.kind == null && this.description == null && this.lesson == null;
		}

		public Choices.ObstacleKind getKind() {
			return this.kind;
		}

		public void setKind(Choices.ObstacleKind kind) {
			this.kind = kind;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getLesson() {
			return this.lesson;
		}

		public void setLesson(String lesson) {
			this.lesson = lesson;
		}

	}

}
