import { toast } from 'sonner';
import { errorText, getHost } from '../host';
import { useTrust } from './trustStore';

/** The user's answer for the open folder: the host remembers it; trusting runs the callbacks in the preview. */
export async function answerTrust(dir: string, trusted: boolean): Promise<void> {
  try {
    const { trust } = await getHost().call('project:trust', { dir, trusted });
    useTrust.getState().set(dir, trust);
    if (trust === 'trusted') toast.success('Folder trusted: its callbacks now run in the preview');
  } catch (err) {
    toast.error(`Could not record the answer: ${errorText(err)}`);
  }
}
