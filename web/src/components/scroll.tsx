// A table wider than the screen scrolls sideways in a box of its own: one the keyboard can reach
// (to scroll it with the arrow keys) and a screen reader names.
import type { ReactNode } from 'react';

export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return <div className="scroll" tabIndex={0} role="region" aria-label={label}>{children}</div>;
}
