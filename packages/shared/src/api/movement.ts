// The "Dân vận khéo" movement (issue #13).
import { z } from 'zod';
import { defineOperations } from './operation.ts';
import { idParams } from '../schemas/common.ts';
import {
  addModelResultRequest,
  changeModelStateRequest,
  commendationDto,
  deletedMovementRecordDto,
  listModelsQuery,
  listPeopleQuery,
  modelDto,
  movementPublicPageDto,
  personDto,
  provinceParams,
  publicModelsResponse,
  recognisedModelsQuery,
  recogniseModelRequest,
  saveCommendationRequest,
  saveModelRequest,
  savePersonRequest,
  setMovementPublicPageRequest,
} from '../schemas/movement.ts';

export const MOVEMENT_OPERATIONS = defineOperations({
  listModels: { method: 'GET', path: '/api/movement/models', query: listModelsQuery, response: z.array(modelDto) },
  getModel: { method: 'GET', path: '/api/movement/models/:id', params: idParams, response: modelDto },
  saveModel: { method: 'PUT', path: '/api/movement/models', body: saveModelRequest, response: modelDto },
  changeModelState: {
    method: 'POST',
    path: '/api/movement/models/:id/state',
    params: idParams,
    body: changeModelStateRequest,
    response: modelDto,
  },
  recogniseModel: {
    method: 'POST',
    path: '/api/movement/models/:id/recognise',
    params: idParams,
    body: recogniseModelRequest,
    response: modelDto,
  },
  deleteModel: {
    method: 'DELETE',
    path: '/api/movement/models/:id',
    params: idParams,
    response: deletedMovementRecordDto,
  },
  addModelResult: {
    method: 'POST',
    path: '/api/movement/models/:id/results',
    params: idParams,
    body: addModelResultRequest,
    status: 201,
    response: modelDto,
  },
  listExemplaryPeople: { method: 'GET', path: '/api/movement/people', query: listPeopleQuery, response: z.array(personDto) },
  saveExemplaryPerson: { method: 'PUT', path: '/api/movement/people', body: savePersonRequest, response: personDto },
  deleteExemplaryPerson: {
    method: 'DELETE',
    path: '/api/movement/people/:id',
    params: idParams,
    response: deletedMovementRecordDto,
  },
  saveCommendation: {
    method: 'POST',
    path: '/api/movement/commendations',
    body: saveCommendationRequest,
    status: 201,
    response: commendationDto,
  },
  exportMovementXlsx: { method: 'GET', path: '/api/movement/export.xlsx', query: listModelsQuery },
  exportRecognisedModelsDocx: { method: 'GET', path: '/api/movement/recognised.docx', query: recognisedModelsQuery },
  getMovementPublicPage: {
    method: 'GET',
    path: '/api/movement/public-pages/:provinceId',
    params: provinceParams,
    response: movementPublicPageDto,
  },
  setMovementPublicPage: {
    method: 'PUT',
    path: '/api/movement/public-pages/:provinceId',
    params: provinceParams,
    body: setMovementPublicPageRequest,
    response: movementPublicPageDto,
  },
  listPublicModels: {
    method: 'GET',
    path: '/api/public/movement/:provinceId',
    params: provinceParams,
    public: true,
    response: publicModelsResponse,
  },
});
