import { Command } from 'cmdk';
import { Braces, Plus, SquareDashedMousePointer } from 'lucide-react';
import { actions } from '../actions';
import { addComponent } from '../actions/addComponent';
import { formatShortcut } from '../actions/shortcuts';
import type { ActionGroup } from '../actions/types';
import { revealComponent } from '../canvas/reveal';
import { iconFor } from '../palette/icons';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';

const GROUPS: ActionGroup[] = ['File', 'Edit', 'View', 'Callback', 'Help'];

/** Ctrl/Cmd+K: every action, "add <type>", and jump to a component or callback. */
export function CommandPalette() {
  const open = useEditor((s) => s.session.commandPaletteOpen);
  return open ? <CommandPaletteBody /> : null;
}

function CommandPaletteBody() {
  const setOpen = useEditor((s) => s.setCommandPaletteOpen);
  const state = useEditor();
  const open = state.session.commandPaletteOpen;
  const inEditor = state.session.screen === 'editor';
  const run = (fn: () => unknown) => {
    setOpen(false);
    void fn();
  };
  const available = actions.filter((a) => a.palette !== false && (inEditor || a.global) && (!a.enabled || a.enabled(state)));
  return (
    <Command.Dialog open={open} onOpenChange={setOpen} label="Command palette" className="cmdk" overlayClassName="cmdk-overlay" contentClassName="cmdk-content" loop>
      <Command.Input placeholder="Type a command or search…" data-testid="command-input" />
      <Command.List>
        <Command.Empty>No matching command.</Command.Empty>
        {GROUPS.map((group) => {
          const items = available.filter((a) => a.group === group);
          if (items.length === 0) return null;
          return (
            <Command.Group key={group} heading={group}>
              {items.map((a) => {
                const Icon = a.icon;
                return (
                  <Command.Item key={a.name} value={`${a.label} ${a.name}`} onSelect={() => run(a.run)} data-testid={`command-${a.name}`}>
                    {Icon ? <Icon size={14} aria-hidden /> : <span className="cmdk-icon-gap" />}
                    <span>{a.label}</span>
                    {a.shortcuts?.[0] && <kbd>{formatShortcut(a.shortcuts[0])}</kbd>}
                  </Command.Item>
                );
              })}
            </Command.Group>
          );
        })}
        {inEditor && (
          <Command.Group heading="Add component">
            {state.session.components.definitions.map((m) => {
              const Icon = iconFor(m.icon ?? 'Box');
              return (
                <Command.Item key={m.type} value={`add ${m.label} ${m.type}`} onSelect={() => run(() => addComponent(m.type))}>
                  <Plus size={14} aria-hidden />
                  <Icon size={14} aria-hidden />
                  <span>Add {m.label}</span>
                </Command.Item>
              );
            })}
          </Command.Group>
        )}
        {inEditor && state.project.components.length > 0 && (
          <Command.Group heading="Go to component">
            {state.project.components.map((c) => (
              <Command.Item key={c.id} value={`go component ${c.id} ${c.type}`} onSelect={() => run(() => (editor().select([c.id]), revealComponent(c.id)))}>
                <SquareDashedMousePointer size={14} aria-hidden />
                <span>{c.id}</span>
                <span className="muted">{c.type}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {inEditor && state.project.callbacks.length > 0 && (
          <Command.Group heading="Go to callback">
            {state.project.callbacks.map((c) => (
              <Command.Item key={c.id} value={`go callback ${c.id}`} onSelect={() => run(() => (editor().setActiveCallback(c.id), editor().setBottomTab('callbacks')))}>
                <Braces size={14} aria-hidden />
                <span>{c.id}</span>
                <span className="muted">{c.placement}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
