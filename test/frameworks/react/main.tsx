import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const api = new URLSearchParams(location.search).get('api') ?? location.origin;
createRoot(document.getElementById('root')!).render(<App api={api} campaign="gaoping-lunch" />);
