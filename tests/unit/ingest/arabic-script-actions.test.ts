import { describe, expect, it } from "vitest";

import { actionKind } from "../../../src/ingest/drafting/action-kinds.ts";
import { isArabicScript } from "../../../src/ingest/drafting/arabic-script-actions.ts";

describe("the kind of action an Arabic or Persian sentence reports", () => {
  it.each([
    ["وقّع وزير الدفاع العماد علي أيوب واللواء محمد باقري أمس في دمشق اتفاقية شاملة", "signing"],
    ["ووقـّـعت إيران وسوريا الاتفاقية الأربعاء", "signing"],
    ["موافقت‌نامه همکاری نظامی روز چهارشنبه امضا شد", "signing"],
    ["تفاهمنامه دفاعی دو کشور دیروز به امضا رسید", "signing"],
    ["سرلشکر محمد باقری روز سه‌شنبه وارد دمشق شد", "arrival"],
    ["وكان اللواء باقري قد وصل إلى دمشق الثلاثاء", "arrival"],
    ["واستقبل الرئيس بشار الأسد اليوم اللواء باقري", "meeting"],
    ["سيلتقي الرئيس الأسد غدا بالوفد", "meeting"],
    ["قرار است باقری فردا با بشار اسد دیدار کند", "meeting"],
    ["ويغادر الوفد دمشق غداً", "departure"],
    ["أسفر زلزال عن دمار واسع اليوم", "earthquake"],
    ["سیل روز شنبه روستاها را فرا گرفت", "flood"],
    ["أعلنت وزارة الدفاع السورية اليوم", "statement"],
  ])("%s → %s", (sentence, kind) => {
    expect(actionKind(sentence)).toBe(kind);
  });

  it("does not read a ministry (وزارة) as a visit (زار), or a future verb (سيلتقي) as a flood (سیل)", () => {
    expect(actionKind("وزارة الدفاع")).toBeUndefined();
    expect(actionKind("سيلتقي")).toBe("meeting");
  });

  it("takes the action nearest the date: a signing on Wednesday, then a meeting on Thursday", () => {
    const sentence = "وقّع الجانبان الاتفاقية يوم الأربعاء، واستقبل الأسد الوفد يوم الخميس";
    expect(actionKind(sentence, sentence.indexOf("يوم الأربعاء"), "يوم الأربعاء".length)).toBe("signing");
    expect(actionKind(sentence, sentence.indexOf("يوم الخميس"), "يوم الخميس".length)).toBe("meeting");
  });

  it("still reads English sentences as before", () => {
    expect(actionKind("Bagheri arrived in Damascus on Tuesday")).toBe("arrival");
    expect(actionKind("The Ministry of Defence said")).toBe("statement");
  });

  it("tells Arabic-script text from Latin text", () => {
    expect(isArabicScript("اللواء باقري in Damascus")).toBe(true);
    expect(isArabicScript("General Bagheri (باقری) in Damascus")).toBe(false);
  });
});
