import { render } from 'preact';
import { PopupView } from '@/components/PopupView';

const root = document.getElementById('app');
if (root) render(<PopupView />, root);
