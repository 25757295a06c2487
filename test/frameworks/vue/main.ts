import { createApp } from 'vue';
import App from './App.vue';

const api = new URLSearchParams(location.search).get('api') ?? location.origin;
createApp(App, { api, org: 'fengxian-mzj' }).mount('#app');
