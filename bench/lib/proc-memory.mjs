// Peak memory of this process and of the processes it starts (the batch's site children), read
// from Linux's /proc: VmHWM is a process's own high-water mark of resident memory, so sampling it
// now and then still catches the peak (missed only if it rises in a child's last moments).
// Elsewhere (no /proc) the children are not measured and `supported` is false.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const KB = 1024;

/** kB fields of /proc/<pid>/status (VmHWM, VmRSS); undefined when the process has gone. */
function status(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * KB;
    return { hwm: field('VmHWM'), rss: field('VmRSS') };
  } catch {
    return undefined;
  }
}

/** Every descendant of `root` (children, grandchildren: a browser under a child). */
function descendants(root) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and brackets, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // ended between readdir and read
    }
  }
  const out = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (out.has(pid) || (ppid !== root && !out.has(ppid))) continue;
      out.add(pid);
      grew = true;
    }
  }
  return [...out];
}

/**
 * Samples every `periodMs` until stop(): per descendant its peak RSS, this process's peak, and the
 * peak of the sum (this process and every descendant alive at one moment: what the machine held).
 */
export function sampleProcessMemory(periodMs = 50) {
  const supported = existsSync('/proc/self/status');
  const peaks = new Map();
  let totalPeak = 0;
  let known = [];
  let ticks = 0;
  const sample = () => {
    if (!supported) return;
    if (ticks++ % 4 === 0) known = descendants(process.pid); // new children are found every 4th tick
    let total = status(process.pid)?.rss ?? 0;
    for (const pid of known) {
      const s = status(pid);
      if (!s) continue;
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, s.hwm));
      total += s.rss;
    }
    totalPeak = Math.max(totalPeak, total);
  };
  const timer = setInterval(sample, periodMs);
  return {
    stop() {
      sample();
      clearInterval(timer);
      // resourceUsage().maxRSS is in kB and exact for this process.
      return { supported, parentPeak: process.resourceUsage().maxRSS * KB, children: [...peaks.values()].sort((a, b) => b - a), totalPeak };
    },
  };
}
