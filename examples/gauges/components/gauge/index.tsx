import { defineComponent, z } from 'dashwright/component';

/** A dial from 0 to max; click it to reset it to 0 (a change a callback can take as input). */
export default defineComponent({
  type: 'gauge',
  label: 'Gauge',
  icon: 'Gauge',
  description: 'A dial showing a value against a maximum; click to reset',
  size: { w: 3, h: 4 },
  props: z.object({
    label: z.string().default('Gauge'),
    value: z.number().default(0),
    max: z.number().positive().default(100),
    unit: z.string().default(''),
    warnAt: z.number().default(80),
  }),
  inputs: ['value'],
  View({ props, setProp }) {
    const share = Math.max(0, Math.min(1, props.value / props.max));
    const angle = Math.PI * (1 - share);
    const x = 50 + 40 * Math.cos(angle);
    const y = 50 - 40 * Math.sin(angle);
    const warn = props.value >= props.warnAt;
    return (
      <button
        type="button"
        className="gauge"
        title="Click to reset"
        onClick={() => setProp('value', 0)}
        style={{ all: 'unset', cursor: 'pointer', display: 'flex', flexDirection: 'column', alignItems: 'center', width: '100%', height: '100%' }}
      >
        <span style={{ fontSize: 13, color: 'var(--dw-muted, #64748b)' }}>{props.label}</span>
        <svg viewBox="0 0 100 58" style={{ width: '100%', maxWidth: 240, height: '100%', flex: 1, minHeight: 0 }} role="meter" aria-valuenow={props.value} aria-valuemin={0} aria-valuemax={props.max} aria-label={props.label}>
          <path d="M 10 50 A 40 40 0 0 1 90 50" fill="none" stroke="var(--dw-border, #e2e8f0)" strokeWidth="7" strokeLinecap="round" />
          {share > 0 && (
            <path d={`M 10 50 A 40 40 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`} fill="none" stroke={warn ? '#dc2626' : 'var(--dw-accent, #2563eb)'} strokeWidth="7" strokeLinecap="round" />
          )}
          <text x="50" y="47" textAnchor="middle" fontSize="12" fontWeight="600" fill="currentColor">
            {props.value.toLocaleString()}
            {props.unit}
          </text>
        </svg>
      </button>
    );
  },
});
