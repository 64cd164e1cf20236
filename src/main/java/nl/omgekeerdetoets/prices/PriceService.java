package nl.omgekeerdetoets.prices;

import java.time.Clock;
import java.time.LocalDate;

import nl.omgekeerdetoets.audit.AuditLog;
import nl.omgekeerdetoets.shared.FieldProblem;
import nl.omgekeerdetoets.shared.RecordNotFoundException;
import nl.omgekeerdetoets.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does with the price list. A price is never changed: a new price is a new
 * period, which closes the open one the day before. Items are retired, never deleted.
 * Every change is recorded in the audit log under the item it concerns.
 */
@Service
@Transactional(readOnly = true)
class PriceService {

	static final String AUDIT_SUBJECT = "PRICE";

	private final PriceItemRepository items;

	private final PriceRepository prices;

	private final AuditLog auditLog;

	private final Clock clock;

	PriceService(PriceItemRepository items, PriceRepository prices, AuditLog auditLog, Clock clock) {
		this.items = items;
		this.prices = prices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	Page<PriceListRow> list(PriceFilter filter, Pageable pageable) {
		return this.items.findListRows(filter.query(), filter.payer(), filter.active(), today(), pageable);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The item with all its prices loaded. */
	PriceItem get(long id) {
		return this.items.findWithPrices(id).orElseThrow(() -> new RecordNotFoundException("PriceItem", id));
	}

	@Transactional
	PriceItem create(PriceUnit unit, Payer payer, PriceItemDetails details, NewPrice first) {
		requireUniqueName(details.name(), null);
		requirePeriodInOrder(first);
		PriceItem item = new PriceItem(unit, payer);
		item.describe(details.name(), details.description(), details.sourceNote(), details.example());
		this.items.save(item);
		Price price = this.prices.save(item.addPrice(first.amount(), first.validFrom(), first.validTo(), actor()));
		this.auditLog.record("PRICE_ITEM_CREATED", AUDIT_SUBJECT, item.getId(), item.getName(),
				"unit=" + unit + "; payer=" + payer + "; " + describe(item) + "; " + describe(price));
		return item;
	}

	@Transactional
	PriceItem update(long id, long version, PriceItemDetails details) {
		PriceItem item = get(id);
		StaleVersionException.check(version, item.getVersion());
		requireUniqueName(details.name(), item.getId());
		String before = item.getName();
		item.describe(details.name(), details.description(), details.sourceNote(), details.example());
		this.auditLog.record("PRICE_ITEM_UPDATED", AUDIT_SUBJECT, item.getId(), item.getName(),
				(before.equals(item.getName()) ? "" : "name: " + before + " -> " + item.getName() + "; ")
						+ describe(item));
		return item;
	}

	/**
	 * Adds a price from {@code validFrom}. The open period before it ends the day before;
	 * a start on or before the latest period's start is refused: that price may have been
	 * used, so it stays as it is.
	 */
	@Transactional
	Price addPrice(long id, NewPrice newPrice) {
		requirePeriodInOrder(newPrice);
		this.items.lockById(id).orElseThrow(() -> new RecordNotFoundException("PriceItem", id));
		PriceItem item = get(id);
		Price price = this.prices
			.save(item.addPrice(newPrice.amount(), newPrice.validFrom(), newPrice.validTo(), actor()));
		this.auditLog.record("PRICE_ADDED", AUDIT_SUBJECT, item.getId(), item.getName(), describe(price));
		return price;
	}

	@Transactional
	PriceItem retire(long id) {
		PriceItem item = get(id);
		item.retire();
		this.auditLog.record("PRICE_ITEM_RETIRED", AUDIT_SUBJECT, item.getId(), item.getName(), "active=false");
		return item;
	}

	@Transactional
	PriceItem restore(long id) {
		PriceItem item = get(id);
		item.restore();
		this.auditLog.record("PRICE_ITEM_RESTORED", AUDIT_SUBJECT, item.getId(), item.getName(), "active=true");
		return item;
	}

	private void requireUniqueName(String name, Long ownId) {
		this.items.findByNameIgnoringCase(name)
			.filter((existing) -> !existing.getId().equals(ownId))
			.ifPresent((existing) -> {
				throw new FieldProblem("name", "price.name.taken");
			});
	}

	private static void requirePeriodInOrder(NewPrice price) {
		if (price.validTo() != null && price.validTo().isBefore(price.validFrom())) {
			throw new FieldProblem("validTo", "price.validTo.beforeFrom");
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: AuditLog.SYSTEM;
	}

	private static String describe(PriceItem item) {
		return "example=" + item.isExample()
				+ ((item.getSourceNote() != null) ? "; source=" + item.getSourceNote() : "");
	}

	private static String describe(Price price) {
		return "amount=" + price.getAmount().toPlainString() + "; from=" + price.getValidFrom() + "; to="
				+ ((price.getValidTo() != null) ? price.getValidTo() : "open");
	}

}
