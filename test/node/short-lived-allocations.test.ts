import { pretenuringSwitch } from "../../src/node/short-lived-allocations";

function recorder() {
  const flags: string[] = [];
  return { flags, set: (flag: string) => flags.push(flag) };
}

describe("switching V8's allocation-site pretenuring off while Puls works", () => {
  it("switches it off for the work and on again after, even when the work fails", async () => {
    const { flags, set } = recorder();
    const toggle = pretenuringSwitch(set, false);
    await expect(toggle.within(() => Promise.resolve(7))).resolves.toBe(7);
    await expect(toggle.within(() => Promise.reject(new Error("trasig fil")))).rejects.toThrow("trasig fil");
    expect(flags).toEqual(["--no-allocation-site-pretenuring", "--allocation-site-pretenuring", "--no-allocation-site-pretenuring", "--allocation-site-pretenuring"]);
  });

  it("switches once for overlapping work, on again only when the last is done", async () => {
    const { flags, set } = recorder();
    const toggle = pretenuringSwitch(set, false);
    let finishFirst = () => undefined as void;
    const first = toggle.within(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    await toggle.within(() => Promise.resolve());
    expect(flags).toEqual(["--no-allocation-site-pretenuring"]);
    finishFirst();
    await first;
    expect(flags).toEqual(["--no-allocation-site-pretenuring", "--allocation-site-pretenuring"]);
  });

  it("never switches it on in a process started without it, or after it was switched off for good", async () => {
    const started = recorder();
    await pretenuringSwitch(started.set, true).within(() => Promise.resolve());
    expect(started.flags).toEqual([]);
    const command = recorder();
    const toggle = pretenuringSwitch(command.set, false);
    toggle.throughout();
    await toggle.within(() => Promise.resolve());
    expect(command.flags).toEqual(["--no-allocation-site-pretenuring"]);
  });
});
