import { describe, expect, it } from "vitest";
import { normaliseName, transliterationKey } from "../../../src/ingest/names/names.ts";

describe("normaliseName", () => {
  it("treats the article forms al-, Al and al as one spelling", () => {
    expect(normaliseName("al-Mayadeen")).toBe("al mayadeen");
    expect(normaliseName("Al Mayadeen")).toBe("al mayadeen");
    expect(normaliseName("al Mayadeen")).toBe("al mayadeen");
    expect(normaliseName("El-Mayadeen")).toBe("al mayadeen");
  });

  it("folds ‘ayn and hamza marks whichever character the writer used", () => {
    for (const written of ["‘Ali ‘Abdullah", "ʿAli ʿAbdullah", "'Ali 'Abdullah", "’Ali ’Abdullah", "Ali Abdullah"]) {
      expect(normaliseName(written)).toBe("ali abdullah");
    }
    expect(normaliseName("Ba’ath Party")).toBe("baath party");
  });

  it("folds case, diacritics and extra spaces", () => {
    expect(normaliseName("  MUḤAMMAD   Bāqerī ")).toBe("muhammad baqeri");
  });

  it("drops the possessive, so Iran’s Armed Forces and Iran's Armed Forces are one name", () => {
    expect(normaliseName("Iran’s Armed Forces")).toBe("iran armed forces");
    expect(normaliseName("Iran's Armed Forces")).toBe("iran armed forces");
  });

  it("reads the acronym U.S. as us", () => {
    expect(normaliseName("U.S.")).toBe("us");
  });

  it("keeps a lone Al that is not followed by a name", () => {
    expect(normaliseName("Al")).toBe("al");
  });

  it("makes Persian and Arabic keyboard spellings of one name equal", () => {
    expect(normaliseName("محمد باقری")).toBe(normaliseName("محمد باقري"));
    expect(normaliseName("کریم")).toBe(normaliseName("كريم"));
    expect(normaliseName("حمزة")).toBe(normaliseName("حمزه"));
  });

  it("makes hamza seats, vowel signs and tatweel irrelevant in Arabic script", () => {
    expect(normaliseName("بشار الأسد")).toBe("بشار الاسد");
    expect(normaliseName("علي عبد الله أيوب")).toBe("علي عبد الله ايوب");
    expect(normaliseName("إيران")).toBe("ايران");
    expect(normaliseName("مُحَمَّد")).toBe("محمد");
    expect(normaliseName("محـــمد")).toBe("محمد");
  });
});

describe("transliterationKey", () => {
  it.each([
    ["Ayyoub", "Ayoub", "Ayyub"],
    ["Ali Abdullah Ayyoub", "‘Ali ‘Abdullah Ayoub", "Ali Abdallah Ayyub"],
    ["Abdullah", "Abdallah", "‘Abdullah", "Abd al-Lah", "Abdollah", "Abdulla"],
    ["Mohammad Bagheri", "Muhammad Baqeri", "Mohammed Bagheri", "Mohamed Baqeri"],
    ["Bashar al-Assad", "Bashar Assad", "Bashar el-Assad"],
    ["Al Mayadeen", "al-Mayadeen", "Mayadeen", "Al Mayadin"],
    ["Hossein", "Hussein", "Husayn", "Hosein"],
    ["Qasem Soleimani", "Qassem Suleimani", "Ghasem Soleimani", "Qasim Sulaymani"],
    ["Mahmoud", "Mahmud"],
    ["Ahmed", "Ahmad"],
    ["Aly", "Ali"],
    ["Javad Zarif", "Jawad Zarif"],
    ["Mohammadreza", "Mohammad Reza"],
    ["Abdulaziz", "Abdul Aziz", "Abd al-Aziz"],
    ["Zeinab", "Zaynab", "Zainab"],
    ["Rouhani", "Rohani", "Ruhani"],
  ])("gives %s and its variants one key", (first, ...variants) => {
    for (const variant of variants) expect(transliterationKey(variant)).toBe(transliterationKey(first));
  });

  it("spells the key without spaces, vowels and consonants folded", () => {
    expect(transliterationKey("Muhammad Baqeri")).toBe("muhamadbaqiri");
    expect(transliterationKey("Ali Abdullah Ayyoub")).toBe("aliabdlaayub");
  });

  it.each([
    ["Hassan", "Hossein"],
    ["Hamad", "Hamed"],
    ["Ahmad Bagheri", "Mohammad Bagheri"],
    ["Hossein Bagheri", "Mohammad Bagheri"],
    ["Iran", "Iranian"],
    ["Abdi", "Abdullah"],
  ])("keeps %s and %s apart", (one, other) => {
    expect(transliterationKey(one)).not.toBe(transliterationKey(other));
  });

  it("leaves Arabic script to normaliseName, so exact spellings still match", () => {
    expect(transliterationKey("محمد باقری")).toBe("محمدباقري");
  });
});
