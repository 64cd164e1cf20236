package nl.omgekeerdetoets.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.omgekeerdetoets.library.GoalSummary;
import nl.omgekeerdetoets.library.LawLibrary;
import nl.omgekeerdetoets.prices.Payer;
import nl.omgekeerdetoets.prices.PriceList;
import nl.omgekeerdetoets.system.DevelopmentDatabase;
import nl.omgekeerdetoets.teams.AccountService;
import nl.omgekeerdetoets.teams.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases for the embedded development database, after the demo accounts exist: one
 * draft, one in review, one refused after calling the resident (in review too), one just
 * approved that involves a housing corporation, one whose 6-month follow-up is due in a
 * few days and one whose 6-month follow-up is recorded, so every list and screen has
 * something to show. The approved cases carry their lead's decisions (recorded by the
 * review module, {@link DemoCasesApproved}), so a demo lead's overview counts them.
 */
@Component
@Order(5)
class DemoCases implements ApplicationRunner {

	private final boolean enabled;

	private final CaseService cases;

	private final CaseFileRepository repository;

	private final LawLibrary library;

	private final UserDetailsService users;

	private final AccountService accounts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final PriceList priceList;

	private final ApplicationEventPublisher events;

	DemoCases(ObjectProvider<DevelopmentDatabase> developmentDatabase, CaseService cases, CaseFileRepository repository,
			LawLibrary library, UserDetailsService users, AccountService accounts, TransactionTemplate transaction,
			Clock clock, PriceList priceList, ApplicationEventPublisher events) {
		this.priceList = priceList;
		this.events = events;
		this.enabled = developmentDatabase.getIfAvailable() != null;
		this.cases = cases;
		this.repository = repository;
		this.library = library;
		this.users = users;
		this.accounts = accounts;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.repository.count() > 0 || !this.accounts.usernameTaken("consulent")) {
			return;
		}
		this.transaction
			.executeWithoutResult((status) -> load((SignedInUser) this.users.loadUserByUsername("consulent"),
					(SignedInUser) this.users.loadUserByUsername("consulent2"),
					(SignedInUser) this.users.loadUserByUsername("teamleider")));
	}

	/**
	 * The demo cases of two consultants of one team, reviewed by its lead. In the
	 * caller's transaction.
	 */
	void load(SignedInUser sanne, SignedInUser joris, SignedInUser lead) {
		List<Long> approvedIds = new ArrayList<>();
		CaseFile draft = open(sanne, "Huishoudelijke hulp na ziekenhuisopname", "dhr. P.",
				"Meneer vraagt drie uur huishoudelijke hulp per week.");
		EffectStepForm effect = StepForm.filled(new EffectStepForm(), draft);
		effect.getEffects()
			.add(new EffectStepForm.EffectRow("Zelf weer het huis schoon kunnen houden",
					"Doet de lichte taken zelf binnen drie maanden"));
		this.cases.saveStep(draft.getId(), sanne, effect);

		CaseFile inReview = complete(sanne, "Boodschappen na heupoperatie", "mevr. J.");
		this.cases.submit(inReview.getId(), sanne, inReview.getVersion());

		CaseFile refused = refusedAfterACall(sanne, complete(sanne, "Scootmobiel voor korte afstanden", "mevr. D."));
		this.cases.submit(refused.getId(), sanne, refused.getVersion());

		CaseFile approved = withPricedCosts(joris, complete(joris, "Schulden en dreigende huisuitzetting", "A.K."));
		this.cases.submit(approved.getId(), joris, approved.getVersion());
		this.cases.approve(approved.getId(), lead);
		approvedIds.add(approved.getId());

		LocalDate today = LocalDate.now(this.clock);
		CaseFile due = complete(sanne, "Dagbesteding en vervoer", "dhr. B.");
		this.cases.submit(due.getId(), sanne, due.getVersion());
		this.cases.approve(due.getId(), lead);
		approvedOn(due.getId(), today.minusMonths(6).plusDays(5));
		approvedIds.add(due.getId());

		CaseFile followedUp = complete(sanne, "Eenzaamheid na verhuizing", "mevr. T.");
		this.cases.submit(followedUp.getId(), sanne, followedUp.getVersion());
		this.cases.approve(followedUp.getId(), lead);
		CaseFile sixMonthsAgo = approvedOn(followedUp.getId(), today.minusMonths(7));
		approvedIds.add(followedUp.getId());
		FollowUpForm sixMonths = FollowUpForm.from(sixMonthsAgo, sixMonthsAgo.followUp(6));
		sixMonths.getOutcomes().get(0).setOutcome(Choices.Outcome.PARTLY);
		sixMonths.getOutcomes().get(0).setNote("Gaat op dinsdag zelf naar de markt, op zaterdag nog met haar dochter");
		this.cases.recordFollowUp(followedUp.getId(), 6, sanne, sixMonths);
		this.events.publishEvent(new DemoCasesApproved(approvedIds.stream()
			.map((id) -> new DemoCasesApproved.Approval(id, lead.id(),
					this.repository.findById(id).orElseThrow().getApprovedAt()))
			.toList()));
	}

	/** As if the lead had approved the case on that day: its follow-ups move with it. */
	private CaseFile approvedOn(long id, LocalDate day) {
		CaseFile caseFile = this.repository.findById(id).orElseThrow();
		caseFile.backdateApproval(day.atTime(10, 0).atZone(this.clock.getZone()).toInstant(), day);
		this.repository.flush();
		return caseFile;
	}

	private CaseFile open(SignedInUser consultant, String title, String resident, String question) {
		CaseIntakeForm intake = new CaseIntakeForm();
		intake.setTitle(title);
		intake.setResident(resident);
		intake.setDomains(Set.of(LawDomain.WMO));
		intake.setQuestionAsAsked(question);
		return this.cases.open(consultant, intake);
	}

	/**
	 * Step 4 of a case refused: the resident was called first, and the call says what was
	 * explained and agreed.
	 */
	private CaseFile refusedAfterACall(SignedInUser consultant, CaseFile caseFile) {
		LocalDate today = LocalDate.now(this.clock);
		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.setSolution("Geen scootmobiel: mevrouw kan met de buurtbus naar de markt, en oefent de route eerst "
				+ "met haar dochter");
		action.setDecisionKind(Choices.DecisionKind.REFUSED);
		action.setDecisionDate(today.plusDays(3));
		action.setCalled(true);
		action.setCallDate(today.minusDays(1));
		action.setCallWith("Mevrouw D. en haar dochter");
		action.setCallAgreed("Uitgelegd waarom de scootmobiel niet wordt toegekend en wat de buurtbus biedt. "
				+ "Afgesproken dat de dochter de eerste twee ritten meegaat en dat ik over een maand bel hoe het gaat. "
				+ "Mevrouw weet dat zij bezwaar kan maken tegen de beschikking.");
		return this.cases.saveStep(caseFile.getId(), consultant, action);
	}

	/**
	 * Step 4 of the debts case priced from the price list, so a newcomer sees item lines
	 * beside a free amount, several payers, years, and an obstacle with its lesson; and
	 * the housing corporation that holds off the eviction, with an action of its own.
	 */
	private CaseFile withPricedCosts(SignedInUser consultant, CaseFile caseFile) {
		caseFile = withHousingCorporation(consultant, caseFile);
		Map<String, Long> items = new HashMap<>();
		this.priceList.activePricesOn(this.cases.pricingDay(caseFile))
			.forEach((quote) -> items.put(quote.name(), quote.itemId()));
		Long eviction = items.get("Ontruiming (huisuitzetting)");
		Long shelter = items.get("Beschermd wonen");
		Long debtHelp = items.get("Schuldhulpverleningstraject");
		Long guidance = items.get("Individuele begeleiding");
		if (eviction == null || shelter == null || debtHelp == null || guidance == null) {
			// The admin changed the seeded price list: the case keeps its free amounts.
			return caseFile;
		}
		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.getCosts().clear();
		action.getCosts()
			.add(ActionStepForm.CostRow.item(Choices.Scenario.WITHOUT_MAATWERK, Payer.HOUSING_CORPORATION, eviction,
					BigDecimal.ONE, 1, "Ontruiming bij huurachterstand"));
		action.getCosts()
			.add(ActionStepForm.CostRow.item(Choices.Scenario.WITHOUT_MAATWERK, Payer.MUNICIPALITY_WMO, shelter,
					new BigDecimal("6"), 1, "Zes maanden opvang na de ontruiming"));
		action.getCosts()
			.add(new ActionStepForm.CostRow(Choices.Scenario.WITHOUT_MAATWERK, Payer.RESIDENT,
					"Verhuis- en opslagkosten", new BigDecimal("1500.00"), 1));
		action.getCosts()
			.add(ActionStepForm.CostRow.item(Choices.Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_SCHULDHULP, debtHelp,
					BigDecimal.ONE, 1, "Schuldhulptraject met voorrang"));
		action.getCosts()
			.add(ActionStepForm.CostRow.item(Choices.Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO, guidance,
					new BigDecimal("130"), 2, "2,5 uur per week × 52 weken"));
		action.getObstacles().clear();
		action.getObstacles()
			.add(new ActionStepForm.ObstacleRow(Choices.ObstacleKind.POLICY_RULE,
					"Schuldhulp begint volgens de beleidsregels pas als de huur weer betaald wordt; daar was geen geld voor",
					"Laat schuldhulp bij dreigende uitzetting beginnen vóór de huur op orde is"));
		action.getObstacles()
			.add(new ActionStepForm.ObstacleRow(Choices.ObstacleKind.WORK_PROCESS,
					"De corporatie meldde de achterstand pas na vier maanden",
					"Spreek met corporaties een melding na twee maanden achterstand af"));
		return this.cases.saveStep(caseFile.getId(), consultant, action);
	}

	private CaseFile withHousingCorporation(SignedInUser consultant, CaseFile caseFile) {
		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.getParties()
			.add(new ActionStepForm.PartyRow(Choices.PartyKind.HOUSING_CORPORATION, "Woonstichting De Linde",
					"M. de Boer, wijkconsulent",
					"Zet de ontruiming drie maanden stil zolang de lopende huur betaald wordt"));
		ActionStepForm.ActionRow arrangement = new ActionStepForm.ActionRow(
				"Betalingsregeling voor de huurachterstand voorstellen", "M. de Boer",
				LocalDate.now(this.clock).plusWeeks(3));
		arrangement.setParty(0);
		action.getActions().add(arrangement);
		return this.cases.saveStep(caseFile.getId(), consultant, action);
	}

	/** A case with every step filled in, ready to submit. Also used by the tests. */
	CaseFile complete(SignedInUser consultant, String title, String resident) {
		CaseFile caseFile = open(consultant, title, resident, "Mevrouw vraagt een scootmobiel.");
		long id = caseFile.getId();

		EffectStepForm effect = StepForm.filled(new EffectStepForm(), caseFile);
		effect.getEffects()
			.add(new EffectStepForm.EffectRow("Zelf boodschappen doen", "Gaat twee keer per week zelf naar de markt"));
		effect.setOwnStrength("Dochter woont om de hoek en helpt op zaterdag");
		caseFile = this.cases.saveStep(id, consultant, effect);

		LawStepForm law = StepForm.filled(new LawStepForm(), caseFile);
		// The first goal of any active law: a law may (for a while) have none.
		GoalSummary goal = this.library.activeLawsWithGoals()
			.stream()
			.flatMap((l) -> l.activeGoals().stream())
			.findFirst()
			.orElseThrow();
		law.getGoalIds().add(goal.id());
		law.resolve(this.library);
		law.setWithinGoals(Choices.WithinGoals.YES);
		law.setStandardOutcome("Een scootmobiel in bruikleen");
		law.setStandardChangesAnything("Nee: zij durft niet alleen de straat op");
		caseFile = this.cases.saveStep(id, consultant, law);

		EthicsStepForm ethics = StepForm.filled(new EthicsStepForm(), caseFile);
		ethics.setRealNeed("Zekerheid en gezelschap onderweg");
		ethics.setObservations("Loopt onzeker met de rollator; komt sinds de val niet meer buiten");
		ethics.getValuesAtStake().add(Choices.Value.AUTONOMY);
		ethics.setEffectsShortTerm("Weer buiten, eigen regie over de boodschappen");
		ethics.setEffectsLongTerm("Minder eenzaam, langer thuis wonen");
		ethics.setImpartial(true);
		caseFile = this.cases.saveStep(id, consultant, ethics);

		ActionStepForm action = StepForm.filled(new ActionStepForm(), caseFile);
		action.setSolution("Een maatje via de buurtvereniging en tien lessen fysiotherapie");
		action.setSolutionKind(Choices.SolutionKind.SUSTAINABLE);
		action.setSolutionKindReason("Bouwt zelfvertrouwen op in plaats van een hulpmiddel te geven");
		action.setDecisionKind(Choices.DecisionKind.MAATWERK);
		action.getActions()
			.add(new ActionStepForm.ActionRow("Maatje zoeken via de buurtvereniging", "Buurtvereniging",
					LocalDate.now(this.clock).plusWeeks(2)));
		action.setProcessCoordinationNeeded(false);
		action.setLegalGround("Wmo 2015 art. 2.3.5: maatwerkvoorziening gericht op zelfredzaamheid");
		action.setProportionalitySuitable("Ja, zij oefent de weg zelf");
		action.setProportionalityNecessary("Ja, alleen lukt het nog niet");
		action.setProportionalityBalanced("Ja, het kost minder dan een scootmobiel en helpt meer");
		action.getCosts()
			.add(new ActionStepForm.CostRow(Choices.Scenario.WITHOUT_MAATWERK, Payer.MUNICIPALITY_WMO,
					"Scootmobiel in bruikleen", new BigDecimal("1200.00"), 5));
		action.getCosts()
			.add(new ActionStepForm.CostRow(Choices.Scenario.WITH_MAATWERK, Payer.MUNICIPALITY_WMO,
					"Fysiotherapie en begeleiding maatje", new BigDecimal("450.00"), 1));
		// A priced line and an obstacle too, so that every page showing a complete case
		// (and the accessibility tour over them) has both kinds of line and an obstacle.
		this.priceList.activePricesOn(this.cases.pricingDay(caseFile))
			.stream()
			.filter((quote) -> quote.name().equals("Individuele begeleiding"))
			.findFirst()
			.ifPresent((quote) -> action.getCosts()
				.add(ActionStepForm.CostRow.item(Choices.Scenario.WITH_MAATWERK, null, quote.itemId(),
						new BigDecimal("26"), 1, "Een half uur per week om het maatje te vinden")));
		action.getObstacles()
			.add(new ActionStepForm.ObstacleRow(Choices.ObstacleKind.WORK_PROCESS,
					"Het loket kent voor deze vraag alleen een hulpmiddel als oplossing",
					"Neem een maatje uit de buurt op in het afwegingskader"));
		action.setEvaluationDate(LocalDate.now(this.clock).plusDays(10));
		return this.cases.saveStep(id, consultant, action);
	}

}
