/**
 * Labels are data too. A partner copy publishes a label (area, gemeente, segment) only when it is
 *  - an area code of the CBS pattern: GM + 4 digits, WK + 6 digits, BU + 8 digits;
 *  - a segment from the fixed vocabulary (sociale huur, middenhuur, vrije sector huur, koop), in its canonical spelling;
 *  - a name the user confirmed as an area or gemeente name (compared without case and surrounding spaces).
 * Everything else is replaced by a neutral label ("gebied 7", "gemeente 2", "segment 1"), and the pane gets a line
 * saying which label was replaced and why it looked like personal data. A built-in list of gemeente names is not
 * included: there was no authoritative list at hand (see docs/analyses.md); gemeente codes (GM…) pass, names need the
 * user's confirmation once.
 */
import { labelKey } from "../labels";
import { partnerPolicyTexts } from "../messages/partner";

export type LabelKind = "area" | "gemeente" | "segment";

export const SEGMENT_VOCABULARY: readonly string[] = ["sociale huur", "middenhuur", "vrije sector huur", "koop"];

const CBS_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/i;

/** 9 digits passing the BSN eleven test (9a + 8b + … + 2h − i ≡ 0 mod 11). */
function looksLikeBsn(text: string): boolean {
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.padStart(9, "0").split("").map(Number);
  const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - d[8];
  return sum % 11 === 0 && sum !== 0;
}

/** Why a label that is not allowed looks like personal data (the most specific reason that fits). */
export function labelReason(text: string): string {
  const t = text.trim();
  if (looksLikeBsn(t)) return partnerPolicyTexts.reasonBsn;
  if (/\b\d{4}\s?[A-Z]{2}\b/i.test(t)) return partnerPolicyTexts.reasonPostcode;
  if (/@/.test(t)) return partnerPolicyTexts.reasonEmail;
  if (/\d{6,}/.test(t.replace(/[\s-]/g, ""))) return partnerPolicyTexts.reasonNumber;
  if (/[a-z].*\s\d+\s?[a-z]?$/i.test(t) || /^\d+\s?[a-z]?$/i.test(t)) return partnerPolicyTexts.reasonAddress;
  if (t.split(/\s+/).length >= 4) return partnerPolicyTexts.reasonFreeText;
  if (/^[A-Z][a-zà-ÿ'-]+(\s+(van|de|der|den|het|ter|ten|v\.d\.|[A-Z][a-zà-ÿ'-]+))+$/.test(t)) return partnerPolicyTexts.reasonName;
  return partnerPolicyTexts.reasonUnknown;
}

export interface LabelDecision {
  published: string;
  /** Set when the label was replaced: the pane line. */
  note?: string;
}

/**
 * Decides labels for one copy; the same source label always gets the same published label, and neutral numbers are
 * given per kind in order of first appearance.
 */
export class LabelPolicy {
  private readonly confirmed: Set<string>;
  private readonly decided = new Map<string, LabelDecision>();
  private readonly neutralCount: Record<LabelKind, number> = { area: 0, gemeente: 0, segment: 0 };
  readonly notes: string[] = [];

  constructor(confirmedNames: readonly string[] = []) {
    this.confirmed = new Set(confirmedNames.map(labelKey).filter((k) => k !== ""));
  }

  decide(label: string, kind: LabelKind, field: string): LabelDecision {
    const key = `${kind}|${labelKey(label)}`;
    const known = this.decided.get(key);
    if (known) return known;
    const decision = this.fresh(label.trim(), kind, field);
    this.decided.set(key, decision);
    if (decision.note) this.notes.push(decision.note);
    return decision;
  }

  publish(label: string, kind: LabelKind, field: string): string {
    return this.decide(label, kind, field).published;
  }

  get replacedCount(): number {
    return this.notes.length;
  }

  private fresh(label: string, kind: LabelKind, field: string): LabelDecision {
    if (kind === "segment") {
      const canonical = SEGMENT_VOCABULARY.find((s) => s === labelKey(label).replace(/\s+/g, " "));
      if (canonical) return { published: canonical };
    } else {
      if (CBS_CODE.test(label)) return { published: label.toUpperCase() };
      if (this.confirmed.has(labelKey(label))) return { published: label };
    }
    const published = partnerPolicyTexts.neutral(kind, ++this.neutralCount[kind]);
    return { published, note: partnerPolicyTexts.replaced(label, field, published, labelReason(label)) };
  }
}
