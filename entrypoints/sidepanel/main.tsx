import '@/assets/tailwind.css';
import { mountPanel } from '@/components/panel/mount';

mountPanel();
