// Every page, who may open it and whether it shows in the navigation. A page a role may not open is neither
// linked nor fetched (main.js), and the API refuses it anyway.
import * as signIn from './pages/signin.js';
import * as catalog from './pages/catalog.js';
import * as credentials from './pages/credentials.js';
import * as progress from './pages/progress.js';
import * as goal from './pages/goal.js';
import * as next from './pages/next.js';
import * as route from './pages/route.js';
import * as graph from './pages/graph.js';
import * as privacy from './pages/privacy.js';
import * as learners from './pages/learners.js';
import * as coverage from './pages/coverage.js';
import * as cohort from './pages/cohort.js';
import * as imports from './pages/imports.js';
import * as plan from './pages/plan.js';
import * as exceptions from './pages/exceptions.js';

const LEARNER = ['LEARNER'];
const VIEWERS = ['ADVISER', 'EMPLOYER', 'ADMIN'];

export const routes = [
  {path: '/sign-in', title: 'nav.signIn', render: signIn.render},
  {path: '/sign-in/:outcome', title: 'nav.signIn', render: signIn.render},
  {path: '/me/credentials', title: 'nav.credentials', roles: LEARNER, nav: true, render: credentials.render},
  {path: '/me/progress', title: 'nav.progress', roles: LEARNER, nav: true, render: progress.render},
  {path: '/me/goal', title: 'nav.goal', roles: LEARNER, nav: true, render: goal.render},
  {path: '/me/next', title: 'nav.next', roles: LEARNER, nav: true, render: next.render},
  {path: '/me/route', title: 'nav.route', roles: LEARNER, nav: true, render: route.render},
  {path: '/me/graph', title: 'nav.graph', roles: LEARNER, nav: true, render: graph.render},
  {path: '/me/privacy', title: 'nav.privacy', roles: LEARNER, nav: true, render: privacy.render},
  {path: '/learners', title: 'nav.learners', roles: VIEWERS, nav: true, render: learners.renderList},
  {path: '/learners/:id', title: 'nav.learner', roles: VIEWERS, render: learners.renderOne},
  {path: '/learners/:id/plan', title: 'nav.plan', roles: ['ADVISER', 'ADMIN'], render: plan.render},
  {path: '/learners/:id/exceptions', title: 'nav.exceptions', roles: ['ADVISER', 'ADMIN'], render: exceptions.render},
  {path: '/cohort', title: 'nav.cohort', roles: ['ADVISER', 'ADMIN'], nav: true, render: cohort.render},
  {path: '/coverage', title: 'nav.coverage', roles: ['EMPLOYER', 'ADVISER', 'ADMIN'], nav: true, render: coverage.render},
  {path: '/imports', title: 'nav.imports', roles: ['ADMIN'], nav: true, render: imports.render},
  {path: '/catalog', title: 'nav.catalog', nav: true, render: catalog.renderSearch},
  {path: '/catalog/:id', title: 'nav.credential', render: catalog.renderOne},
];
