import { z } from 'zod';
import { defineComponent } from '../define';
import { useContainerHost } from '../slots';

export default defineComponent({
  type: 'card',
  label: 'Card',
  icon: 'SquareDashed',
  group: 'Content',
  description: 'A container with a title: its components sit in its own grid (slot "body")',
  size: { w: 6, h: 8 },
  props: z.object({
    title: z.string().default('Card'),
  }),
  inputs: [],
  slots: () => ['body'],
  View: function CardView({ id, props }) {
    const host = useContainerHost();
    return (
      <div className="dw-card">
        {props.title ? <div className="dw-card-title">{props.title}</div> : null}
        <div className="dw-card-body dw-slot" data-slot="body">
          {host.renderSlot(id, 'body')}
        </div>
      </div>
    );
  },
});
