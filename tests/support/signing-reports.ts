import { writeFileSync } from "node:fs";
import path from "node:path";

/** The one happening all the generated reports state: Baqeri and Ayoub signing in Damascus on Wednesday 8 July 2020. */
export const SIGNING_DAY = "2020-07-08";

const OUTLETS = ["the Levant News Agency", "the Gulf Monitor", "Beirut Weekly", "the Damascus Courier", "the Tehran Bulletin"];
const WITNESSES = ["diplomats", "officials", "analysts", "observers", "delegates", "correspondents", "aides", "envoys"];

/**
 * Writes `count` raw reports of the same signing, each worded differently (so each is its own article) and each
 * naming the same day, people and place (so each corroborates the same event). Returns their paths in order.
 */
export function writeSigningReports(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    const number = String(n + 1).padStart(3, "0");
    const who = `${WITNESSES[n % WITNESSES.length]} of group ${number}`;
    const text =
      `date 2020-07-10 DAMASCUS - Iran and Syria signed a defence cooperation agreement in Damascus on Wednesday, ${who} said. ` +
      `The document was signed by Iran's chief of staff, Muhammad Baqeri, and Syria's defence minister, Ali Abdullah Ayoub.\n\n` +
      `The agreement covers training and air defence, ${OUTLETS[n % OUTLETS.length]} reported in its report number ${number}.\n`;
    const file = path.join(dir, `signing-${number}.txt`);
    writeFileSync(file, text);
    return file;
  });
}
