import type { ClaimStatus } from "../data/index.ts";

/**
 * The five verdicts of the claims ledger on /press/, in words a reader understands, each defined
 * on the page. SOURCES.md section 3 grades the claims more finely (six levels, nine of them
 * "partly"); the ledger folds those into what a reporter needs to know: can I repeat it, and if
 * not, why not. Every verdict has words, so the ledger never relies on colour. `order` sorts the
 * key from "repeat it" to "attribute it".
 */
export const CLAIM_STATUS: Record<ClaimStatus, { label: string; meaning: string; order: number }> = {
  supported: {
    label: "Supported",
    meaning: "The published sources say this. For a finding, they give its direction only: the abstracts publish no sizes.",
    order: 1,
  },
  differs: {
    label: "Differs in detail",
    meaning: "Right in substance, but a detail (a wording, timing or date) differs from the published sources: use the sources' version.",
    order: 2,
  },
  overstated: {
    label: "Overstated",
    meaning:
      "Part is supported, but the wording goes further than the sources, usually with cause-and-effect words for links an observational study found.",
    order: 3,
  },
  "not-verifiable": {
    label: "Not verifiable",
    meaning: "The published sources do not report it, so it cannot be checked. Quote it only as the release's claim.",
    order: 4,
  },
  opinion: { label: "Opinion", meaning: "A view or recommendation, not a study result. Attribute it to the person who said it.", order: 5 },
};
