/** The two languages of the product: Thai (the default) and English. */
export type Lang = "th" | "en";
